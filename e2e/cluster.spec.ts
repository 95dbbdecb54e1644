// The whole site as several instances (issue 19): `npm run cluster` (scripts/cluster.ts) starts a
// private PostgreSQL, Redis and nginx from Debian's packages and two app instances behind nginx,
// as a union would run it. Readers, editors and admins must meet one site, whichever instance
// answers: a publication through one is seen on the other and through nginx within about a second,
// a lock-out made on one holds on the other, and a photo uploaded through one is served by the other.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { BrowserContext } from "@playwright/test";
import { demoAccounts } from "@/seeds/demo-organisation";
import { expect, test } from "./fixtures";
import { signInOverHttp } from "./http-client";
import { childrenOf, ownPort, ownServicePort } from "./own-server";
import { socketInodesOf, tcpConnections, type TcpConnection } from "./tcp-connections";

const nginxPort = ownPort("cluster");
const [portA, portB] = [ownPort("cluster-apps"), ownPort("cluster-apps") + 1];
// The site's address is nginx's: SITE_URL, which writes must come from.
const site = `http://localhost:${nginxPort}`;
const instanceA = `http://127.0.0.1:${portA}`;
const instanceB = `http://127.0.0.1:${portB}`;
const stateDir = path.resolve(process.env.E2E_DATA_DIR ?? "data/e2e", "cluster");

const clusterEnv: NodeJS.ProcessEnv = {
  ...process.env,
  CLUSTER_STATE_DIR: stateDir,
  CLUSTER_INSTANCES: "2",
  CLUSTER_PORT: String(nginxPort),
  CLUSTER_APP_PORT: String(portA),
  CLUSTER_POSTGRES_PORT: String(ownServicePort("cluster-postgres")),
  CLUSTER_REDIS_PORT: String(ownServicePort("cluster-redis")),
  // nginx keeps pages a minute here, not a second: a publication can then reach its readers through
  // nginx within the test's few seconds only by the instance's own refresh (server/page-cache-refresh.ts).
  NGINX_PAGE_SECONDS: "60",
};
// The cluster's own folders for media and backups, under its state folder.
delete clusterEnv.MEDIA_DIR;
delete clusterEnv.BACKUP_DIR;

function cluster(command?: "stop"): string {
  const result = spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/cluster.ts", ...(command ? [command] : [])], {
    env: clusterEnv,
    encoding: "utf8",
    timeout: 420_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`scripts/cluster.ts ${command ?? "start"} failed (${result.status}):\n${output.slice(-4_000)}`);
  return output;
}

const editor = demoAccounts.find((account) => account.key === "editor");
const contributor = demoAccounts.find((account) => account.key === "contributor");

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(480_000);
  // A fresh cluster: what an earlier run left (servers, a lock-out, articles) is gone.
  cluster("stop");
  fs.rmSync(stateDir, { recursive: true, force: true });
  expect(cluster()).toContain(`Cụm máy chủ đang chạy: 2 phiên bản (cổng ${portA}, ${portB}) sau nginx tại ${site}`);
});

test.afterAll(async () => {
  test.setTimeout(120_000);
  cluster("stop");
  // Stopped by their PIDs: neither nginx nor an instance answers any more.
  for (const base of [site, instanceA, instanceB]) await expect(fetch(base), base).rejects.toThrow();
});

type Answer = { status: number; nginxCache: string | null; html: string };
async function ask(base: string, address: string): Promise<Answer> {
  const response = await fetch(`${base}${address}`, { redirect: "manual" });
  return { status: response.status, nginxCache: response.headers.get("x-cache-status"), html: await response.text() };
}

/**
 * A browser whose every request for the site's pages is answered by instance A alone, as if nginx
 * had sent this editor there: the page still runs on the site's origin (SITE_URL), so its writes
 * pass the origin checks, and nginx's forwarding header says which host was asked. Script files
 * come through nginx itself, the same from any instance.
 */
async function pinnedToInstanceA(context: BrowserContext): Promise<void> {
  await context.route(`${site}/**`, async (route) => {
    const request = route.request();
    if (new URL(request.url()).pathname.startsWith("/_next/static/")) return route.continue();
    const forward = () =>
      route.fetch({
        url: request.url().replace(site, instanceA),
        headers: { ...request.headers(), "x-forwarded-host": `localhost:${nginxPort}`, "x-forwarded-proto": "http" },
        maxRedirects: 0,
      });
    // A kept-alive connection the instance closed meanwhile: a GET is asked again, as nginx would.
    const response = await forward().catch((error: unknown) => (request.method() === "GET" ? forward() : Promise.reject(error)));
    await route.fulfill({ response });
  });
}

test("an editor publishes through one instance; a reader on the other and through nginx sees it at once", async ({ browser }) => {
  test.setTimeout(180_000);
  if (!editor) throw new Error("The demo has no editor.");
  // Both caches hold /tin-tuc and home before the publication: B's own (from Redis) and nginx's,
  // which nginx keeps for a minute here, so only the app's refresh can replace them in time.
  await expect(async () => {
    for (const path of ["/tin-tuc", "/"]) {
      await ask(instanceB, path);
      await ask(site, path);
      expect((await ask(site, path)).nginxCache).toBe("HIT");
    }
  }).toPass({ timeout: 15_000 });

  const context = await browser.newContext({ baseURL: site });
  await pinnedToInstanceA(context);
  const page = await context.newPage();
  await page.goto("/dang-nhap?callbackUrl=%2Fquan-tri");
  await page.getByLabel("Tên đăng nhập").fill(editor.username);
  await page.getByLabel("Mật khẩu").fill(editor.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
  const title = `Tin đăng qua một máy chủ của cụm ${Date.now()}`;
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Tóm tắt (sapo)").fill("Biên tập viên đăng tin qua máy chủ A; bạn đọc xem qua máy chủ B và qua nginx.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByText("Đã xuất bản.")).toBeVisible();
  const published = Date.now();

  // Instance B: its very next request, from the shared cache the publication expired.
  expect((await ask(instanceB, "/tin-tuc")).html).toContain(title);
  // nginx holds /tin-tuc for a minute here: the article is there because instance A asked nginx for
  // fresh copies of home, "Tin tức" and the article's pages once its answer had gone.
  let seenAfterMs = -1;
  await expect(async () => {
    const answer = await ask(site, "/tin-tuc");
    expect(answer.html).toContain(title);
    expect(answer.nginxCache).toBe("HIT");
    seenAfterMs = Date.now() - published;
  }).toPass({ intervals: [50], timeout: 3_000 });
  // Home is renewed beside "Tin tức" (two pages at a time), and may land a moment after it.
  await expect(async () => {
    const home = await ask(site, "/");
    expect(home.html).toContain(title);
    expect(home.nginxCache).toBe("HIT");
  }).toPass({ intervals: [50], timeout: 3_000 });
  test.info().annotations.push({ type: "thấy qua nginx sau (ms)", description: String(seenAfterMs) });
  console.log(`Bài mới hiện qua nginx sau ${seenAfterMs} ms.`);

  const reader = await browser.newPage();
  await reader.goto(`${site}/tin-tuc`);
  await expect(reader.getByRole("region", { name: "Các tin đã đăng" }).getByRole("heading", { level: 3 }).first()).toHaveText(title);
  await reader.close();
  await context.close();
});

test("a sign-in lock-out made on one instance holds on the other and through nginx", async () => {
  test.setTimeout(120_000);
  if (!contributor) throw new Error("The demo has no contributor.");
  const wrong = { username: contributor.username, password: "khong-phai-mat-khau" };
  for (let attempt = 1; attempt <= 5; attempt++) {
    expect((await signInOverHttp(instanceA, wrong, { origin: site })).error, `attempt ${attempt} on A`).toBe("CredentialsSignin");
  }
  // The right password, on the other instance and through nginx: refused while locked.
  const right = { username: contributor.username, password: contributor.password };
  const onB = await signInOverHttp(instanceB, right, { origin: site });
  expect(onB.signedIn).toBe(false);
  expect(onB.error).toBe("dang-nhap-bi-tam-khoa");
  const throughNginx = await signInOverHttp(site, right, { origin: site });
  expect(throughNginx.signedIn).toBe(false);
  expect(throughNginx.error).toBe("dang-nhap-bi-tam-khoa");
});

test("a photo uploaded through one instance is served by the other and through nginx", async () => {
  if (!editor) throw new Error("The demo has no editor.");
  const session = await signInOverHttp(instanceA, { username: editor.username, password: editor.password }, { origin: site });
  expect(session.signedIn).toBe(true);
  const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#2a6f4e" } }).jpeg().toBuffer();
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), "hoi-nghi-cum.jpg");
  form.append("alt", "Hội nghị tải lên qua máy chủ A");
  const uploaded = await fetch(`${instanceA}/api/media`, { method: "POST", headers: { Origin: site, Cookie: session.cookie }, body: form });
  expect(uploaded.status, await uploaded.clone().text()).toBe(201);
  const { media: item } = (await uploaded.json()) as { media: { sources: { src: string } } };
  const storageKey = /\/api\/media\/([a-z0-9-]+)-\d+\.jpg$/.exec(item.sources.src)?.[1];
  expect(storageKey).toBeTruthy();

  const fromA = await fetch(`${instanceA}/api/media/${storageKey}-480.webp`);
  expect(fromA.status).toBe(200);
  const bytes = Buffer.from(await fromA.arrayBuffer());
  for (const base of [instanceB, site]) {
    const served = await fetch(`${base}/api/media/${storageKey}-480.webp`);
    expect(served.status, base).toBe(200);
    expect(served.headers.get("content-type"), base).toBe("image/webp");
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes), base).toBe(true);
  }
  const original = await fetch(`${instanceB}${item.sources.src}`);
  expect(original.status).toBe(200);
  expect((await sharp(Buffer.from(await original.arrayBuffer())).metadata()).format).toBe("jpeg");
});

// An instance closes a connection left idle 5 s (scripts/serve.mjs). Had nginx kept it longer, a
// request sent down it as the instance closed it would meet a reset, which nginx counts as the
// instance failing: a healthy instance rested 10 s, and with the other down, readers got 502s.
test("nginx lets go of an idle connection to an instance before the instance closes it", async () => {
  const nginxPid = Number(fs.readFileSync(path.join(stateDir, "nginx", "nginx.pid"), "utf8"));
  const instancePorts = new Set([portA, portB]);
  const heldByNginx = () => {
    const inodes = new Set(childrenOf(nginxPid).flatMap((pid) => [...socketInodesOf(pid)]));
    return tcpConnections().filter((c) => c.state === "established" && inodes.has(c.inode) && instancePorts.has(c.remotePort));
  };
  // A page nginx does not hold: it opens (or reuses) a connection to an instance, and keeps it.
  expect((await ask(site, `/tin-tuc?trang=2&ngay=2023-02-0${Date.now() % 9 + 1}`)).status).toBeLessThan(500);
  const held = heldByNginx();
  expect(held.length).toBeGreaterThan(0);
  // Once idle past both timeouts, each of those connections is gone; the side that closed it first
  // waits in TIME_WAIT: nginx's own end (its port, to the instance's), not the instance's.
  const closedBy = (connection: TcpConnection) => {
    const all = tcpConnections();
    const nginxEnd = all.find((c) => c.localPort === connection.localPort && c.remotePort === connection.remotePort);
    if (nginxEnd) return nginxEnd.state === "time-wait" ? "nginx" : "open";
    const instanceWaits = all.some((c) => c.localPort === connection.remotePort && c.remotePort === connection.localPort && c.state === "time-wait");
    return instanceWaits ? "instance" : "unknown";
  };
  for (const connection of held) {
    await expect.poll(() => closedBy(connection), { timeout: 15_000, intervals: [250] }).not.toBe("open");
    expect(closedBy(connection)).toBe("nginx");
  }
});

test("nginx never answers a signed-in editor from its cache, and with one instance killed readers get the other with no 5xx", async () => {
  if (!editor) throw new Error("The demo has no editor.");
  // A public page nginx holds, asked for by a signed-in editor: passed to the app, and not stored.
  await expect(async () => {
    await ask(site, "/tin-tuc");
    expect((await ask(site, "/tin-tuc")).nginxCache).toBe("HIT");
  }).toPass({ timeout: 10_000 });
  // Browsers spell Accept-Encoding in many ways: one gzip copy serves them all, not one copy each.
  for (const spelling of ["gzip, deflate, br, zstd", "gzip, deflate, br", "gzip"]) {
    const answer = await fetch(`${site}/tin-tuc`, { headers: { "accept-encoding": spelling } });
    expect(answer.headers.get("x-cache-status"), spelling).toBe("HIT");
    expect(answer.headers.get("content-encoding"), spelling).toBe("gzip");
  }
  const session = await signInOverHttp(site, { username: editor.username, password: editor.password }, { origin: site });
  expect(session.signedIn).toBe(true);
  for (const address of ["/tin-tuc", "/", "/quan-tri"]) {
    const answer = await fetch(`${site}${address}`, { headers: { Cookie: session.cookie }, redirect: "manual" });
    expect(answer.headers.get("x-cache-status"), address).toBe("BYPASS");
  }
  // The sign-in page sets a cookie: never kept.
  for (let time = 0; time < 2; time++) expect((await ask(site, "/dang-nhap")).nginxCache).toBe("BYPASS");

  // Instance B killed outright (no goodbye): nginx finds out on a request and sends it to A.
  const pids = JSON.parse(fs.readFileSync(path.join(stateDir, "app-pids.json"), "utf8")) as number[];
  const pidOfB = pids[1];
  if (pidOfB === undefined) throw new Error("No PID for instance B.");
  process.kill(pidOfB, "SIGKILL");
  await expect(fetch(instanceB)).rejects.toThrow();
  const statuses: number[] = [];
  // Pages nginx does not hold yet, so each one goes to an instance.
  for (let page = 1; page <= 20; page++) statuses.push((await ask(site, `/tin-tuc?trang=${page % 5 + 1}&ngay=2023-01-0${page % 9 + 1}`)).status);
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
  expect(statuses.every((status) => status === 200 || status === 404)).toBe(true);
});
