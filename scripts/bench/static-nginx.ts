// The yardstick beside the cluster's cached pages: a second nginx serving a static copy of the same
// pages from files, with the cluster nginx's worker settings (scripts/nginx-server.sh), on its own
// loopback port: the very bytes the cluster's nginx sent, its gzip copy to a client that asks for
// gzip (gzip_static) and its plain copy otherwise. Written under the bench's state folder, started
// and stopped by its PID.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isRunning } from "../process-running";

const NGINX = "/usr/sbin/nginx";

/** A page as the cluster's nginx sent it, uncompressed and as gzip. */
export type StaticPage = { name: string; html: Buffer; gzip: Buffer };

export type StaticNginx = { origin: string; pid: number; pathOf: (name: string) => string; stop: () => Promise<void> };

/** Serves each page as /<name>.html on 127.0.0.1:<port>. */
export function startStaticNginx(stateDir: string, port: number, pages: StaticPage[]): StaticNginx {
  const dir = path.join(stateDir, "static-nginx");
  const root = path.join(dir, "html");
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "tmp"), { recursive: true });
  fs.mkdirSync(root, { recursive: true });
  for (const page of pages) {
    fs.writeFileSync(path.join(root, `${page.name}.html`), page.html);
    fs.writeFileSync(path.join(root, `${page.name}.html.gz`), page.gzip);
  }
  const pidFile = path.join(dir, "nginx.pid");
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(
    conf,
    `# Written by npm run bench -- --cluster: a static copy of the cluster's pages.
worker_processes auto;
pid ${pidFile};
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    server_tokens off;
    client_body_temp_path ${dir}/tmp/body;
    proxy_temp_path ${dir}/tmp/proxy;
    fastcgi_temp_path ${dir}/tmp/fastcgi;
    uwsgi_temp_path ${dir}/tmp/uwsgi;
    scgi_temp_path ${dir}/tmp/scgi;
    server {
        listen 127.0.0.1:${port};
        root ${root};
        gzip_static on;
    }
}
`,
  );
  fs.rmSync(pidFile, { force: true });
  const started = spawnSync(NGINX, ["-c", conf, "-p", dir], { encoding: "utf8" });
  if (started.status !== 0) throw new Error(`nginx (bản tĩnh) không khởi động được trên cổng ${port}: ${started.stderr.trim()}`);
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  return {
    origin: `http://127.0.0.1:${port}`,
    pid,
    pathOf: (name) => `/${name}.html`,
    stop: async () => {
      if (!isRunning(pid)) return;
      // QUIT: the workers finish what they are serving; TERM after 10 s.
      process.kill(pid, "SIGQUIT");
      const until = Date.now() + 10_000;
      while (isRunning(pid) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
      if (isRunning(pid)) process.kill(pid, "SIGTERM");
    },
  };
}

/** For Ctrl-C: asks the static copy's nginx to leave, by the PID it wrote, without waiting. */
export function signalStaticNginx(stateDir: string): void {
  const file = path.join(stateDir, "static-nginx", "nginx.pid");
  const pid = fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").trim()) : 0;
  if (pid > 0 && isRunning(pid)) process.kill(pid, "SIGQUIT");
}
