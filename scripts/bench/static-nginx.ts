// The yardstick beside the cluster's cached pages: a second nginx serving a static copy of the same
// pages' HTML from files, with the cluster nginx's worker settings (scripts/nginx-server.sh), on
// its own loopback port. Written under the bench's state folder, started and stopped by its PID.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isRunning } from "../process-running";

const NGINX = "/usr/sbin/nginx";

export type StaticNginx = { origin: string; pid: number; pathOf: (name: string) => string; stop: () => Promise<void> };

/** Serves each page's HTML as /<name>.html on 127.0.0.1:<port>. */
export function startStaticNginx(stateDir: string, port: number, pages: Map<string, string>): StaticNginx {
  const dir = path.join(stateDir, "static-nginx");
  const root = path.join(dir, "html");
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "tmp"), { recursive: true });
  fs.mkdirSync(root, { recursive: true });
  for (const [name, html] of pages) fs.writeFileSync(path.join(root, `${name}.html`), html);
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
