// `npm run audit:pages [-- --port 3450 --lighthouse-runs 3]`: a reader's first visit on a phone
// (390 × 844, Chromium) to the home page, /tin-tuc and an article of the demo site, measured beside a
// bare Next.js page: layout shift once the fonts are in, font bytes, everything but images, and client
// JavaScript (bytes as transferred); then Lighthouse's mobile performance and accessibility scores,
// the median of a few runs (0 runs skips them). Prints each target with pass or fail; exits 1 when one fails.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { launchLighthouseBrowser, medianRun, type LighthouseFigures } from "./audit-lighthouse";
import { startBenchServer } from "./bench/bench-server";
import { ensureProductionBuild } from "./production-build";

const { values } = parseArgs({ options: { port: { type: "string", default: "3450" }, "lighthouse-runs": { type: "string", default: "3" } } });
const port = Number(values.port);
const lighthouseRuns = Number(values["lighthouse-runs"]);
const dataDir = path.resolve("data/audit");
const databasePath = path.join(dataDir, "ban-tin.sqlite");
const bareDir = path.resolve("bench/bare-next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

type Weights = { cls: number; font: number; script: number; nonImage: number; requests: number };

function prepareDemo() {
  if (fs.existsSync(databasePath)) return;
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], {
    stdio: "inherit",
    env: { ...env, DATABASE_PATH: databasePath, MEDIA_DIR: path.join(dataDir, "media"), DEMO_SEED: "1" },
  });
  if (run.status !== 0) throw new Error("Không nạp được nội dung mẫu cho lần đo.");
}

function nextBin(): string {
  return path.resolve("node_modules/next/dist/bin/next");
}

/** Builds the bare page once, then serves it; resolves once it answers. */
async function startBarePage(bare: number) {
  if (!fs.existsSync(path.join(bareDir, ".next/BUILD_ID"))) {
    const build = spawnSync(process.execPath, [nextBin(), "build", bareDir], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error("Không dựng được trang Next.js trống để so sánh.");
  }
  const child = spawn(process.execPath, [nextBin(), "start", bareDir, "-p", String(bare)], { stdio: "ignore", env: { ...env, NODE_ENV: "production" } });
  const origin = `http://localhost:${bare}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop: () => child.kill("SIGTERM") };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  throw new Error("Trang Next.js trống không trả lời.");
}

async function measure(page: Page, url: string): Promise<Weights> {
  const sizes: Promise<{ type: string; bytes: number }>[] = [];
  const listener = (response: import("@playwright/test").Response) => {
    const type = response.request().resourceType();
    sizes.push(response.request().sizes().then((s) => ({ type, bytes: s.responseBodySize + s.responseHeadersSize })).catch(() => ({ type, bytes: 0 })));
  };
  page.on("response", listener);
  await page.goto(url, { waitUntil: "networkidle" });
  const cls = await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => setTimeout(resolve, 500));
    return new Promise<number>((resolve) => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
      setTimeout(() => resolve(total), 100);
    });
  });
  page.off("response", listener);
  const all = await Promise.all(sizes);
  const sum = (filter: (type: string) => boolean) => all.filter((r) => filter(r.type)).reduce((total, r) => total + r.bytes, 0);
  return { cls, font: sum((t) => t === "font"), script: sum((t) => t === "script"), nonImage: sum((t) => t !== "image" && t !== "media"), requests: all.length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).replace(".", ",")} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

/**
 * Lighthouse on each address, `runs` times; prints every run's score and the median run; false when a
 * target is missed. The bare Next.js page comes first, unjudged: what the framework alone scores on
 * this machine, the same day.
 */
async function auditWithLighthouse(pages: { label: string; address: string; judged: boolean }[], runs: number): Promise<boolean> {
  const browser = await launchLighthouseBrowser();
  let ok = true;
  try {
    console.log(`\nLighthouse (cấu hình di động mặc định, trung vị của ${runs} lần): hiệu năng ≥ 95, trợ năng = 100`);
    console.log("trang | hiệu năng | trợ năng | LCP | TBT | CLS | luồng chính (trong đó script) | kết quả");
    for (const { label, address, judged } of pages) {
      const figures: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) figures.push(await browser.run(address));
      const m = medianRun(figures);
      const passed = m.performance >= 95 && m.accessibility === 100;
      if (judged) ok &&= passed;
      const misses = [m.performance < 95 && "hiệu năng", m.accessibility < 100 && `trợ năng (${m.accessibilityFailures.join(", ")})`].filter(Boolean);
      console.log(
        `${label} | ${m.performance} (${figures.map((f) => f.performance).join(", ")}) | ${m.accessibility} | ${ms(m.lcpMs)} | ${ms(m.tbtMs)} | ${m.cls.toFixed(3)} | ${ms(m.mainThreadMs)} (${ms(m.scriptMs)}) | ${!judged ? "(để so sánh)" : passed ? "đạt" : `chưa đạt: ${misses.join(", ")}`}`,
      );
    }
  } finally {
    await browser.close();
  }
  return ok;
}

async function main() {
  ensureProductionBuild();
  prepareDemo();
  const server = await startBenchServer({ port, database: databasePath, mediaDir: path.join(path.dirname(databasePath), "media") });
  const bare = await startBarePage(port + 1);
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  let failed = false;
  try {
    const firstVisit = async (url: string) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "vi-VN" });
      try {
        return await measure(await context.newPage(), url);
      } finally {
        await context.close();
      }
    };
    const baseline = await firstVisit(bare.origin);
    const html = await (await fetch(`${server.origin}/tin-tuc`)).text();
    const article = /href="(\/tin-tuc\/[^"?#]+)"/.exec(html)?.[1] ?? "/tin-tuc";
    console.log(`Trang Next.js trống: JavaScript ${kb(baseline.script)}\n`);
    console.log("trang | CLS | phông chữ | JavaScript (so với trang trống) | mọi thứ trừ ảnh | kết quả");
    const urls = ["/", "/tin-tuc", article];
    for (const url of urls) {
      const w = await firstVisit(`${server.origin}${url}`);
      const checks = [w.cls <= 0.02, w.font <= 80 * 1024, w.script <= baseline.script + 10 * 1024, w.nonImage <= 260 * 1024];
      const ok = checks.every(Boolean);
      failed ||= !ok;
      const extra = w.script - baseline.script;
      console.log(`${url} | ${w.cls.toFixed(3)} (≤ 0,02) | ${kb(w.font)} (≤ 80 KB) | ${kb(w.script)} (${extra >= 0 ? "+" : ""}${kb(extra)}, ≤ +10 KB) | ${kb(w.nonImage)} (≤ 260 KB) | ${ok ? "đạt" : `chưa đạt: ${["CLS", "phông", "JavaScript", "dung lượng"].filter((_, i) => !checks[i]).join(", ")}`}`);
    }
    const lighthousePages = [{ label: "trang Next.js trống", address: bare.origin, judged: false }, ...urls.map((url) => ({ label: url, address: `${server.origin}${url}`, judged: true }))];
    if (lighthouseRuns > 0 && !(await auditWithLighthouse(lighthousePages, lighthouseRuns))) failed = true;
  } finally {
    await browser.close();
    bare.stop();
    await server.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
