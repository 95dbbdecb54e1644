// Lighthouse's mobile audit (its default config: a Moto G Power on slow 4G, the CPU slowed 4×) of
// one address, for `npm run audit:pages`. Chromium is the system's (/usr/bin/chromium or
// PLAYWRIGHT_CHROMIUM_PATH): neither lighthouse nor chrome-launcher downloads a browser.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Main-thread time of the whole load, and the part spent on scripts (evaluation, parsing, compiling). */
  mainThreadMs: number;
  scriptMs: number;
  /** The accessibility audits that failed, by id: what to fix when the score is under 100. */
  accessibilityFailures: string[];
};

export type LighthouseBrowser = { run: (url: string) => Promise<LighthouseFigures>; close: () => Promise<void> };

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

/** One Chromium for every run; Lighthouse empties the origin's cache and storage before each, a first visit. */
export async function launchLighthouseBrowser(): Promise<LighthouseBrowser> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    logLevel: "error",
  });
  return {
    run: async (url) => {
      const result = await lighthouse(url, { port: chrome.port, logLevel: "error", output: "json", onlyCategories: ["performance", "accessibility"] });
      if (!result) throw new Error(`Lighthouse không trả kết quả cho ${url}.`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse báo lỗi ở ${url}: ${runtimeError.code} ${runtimeError.message}`);
      const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      const scriptItems = (audits["mainthread-work-breakdown"]?.details as { items?: { group: string; duration: number }[] } | undefined)?.items ?? [];
      return {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lcpMs: numeric("largest-contentful-paint"),
        tbtMs: numeric("total-blocking-time"),
        cls: numeric("cumulative-layout-shift"),
        mainThreadMs: numeric("mainthread-work-breakdown"),
        scriptMs: scriptItems.filter((item) => item.group === "scriptEvaluation" || item.group === "scriptParseCompile").reduce((sum, item) => sum + item.duration, 0),
        accessibilityFailures: (categories.accessibility?.auditRefs ?? []).filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0).map((ref) => ref.id),
      };
    },
    close: async () => {
      chrome.kill();
    },
  };
}

/** The run with the median performance score (the middle one of 3): one slow or lucky run does not decide. */
export function medianRun(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error("Không có lần đo Lighthouse nào.");
  return middle;
}
