// The year-end report under `npm run bench` (issue 18): the page for one year and the spreadsheet
// of a period of about 20,000 articles, each asked one at a time by a signed-in admin, as an
// office does. Targets: the page under 300 ms, the spreadsheet under 5 s.

export type ReportBenchTarget = { yearPath: string; yearArticles: number; exportPath: string; exportArticles: number };

export type ReportBenchResult = {
  target: ReportBenchTarget;
  page: { medianMs: number; slowestMs: number; runs: number };
  spreadsheet: { medianMs: number; slowestMs: number; runs: number; bytes: number };
};

const PAGE_TARGET_MS = 300;
const EXPORT_TARGET_MS = 5000;

async function timed(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { Cookie: cookie } });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} trả lời ${response.status}: ${new TextDecoder().decode(body).slice(0, 200)}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function repeat(url: string, cookie: string, runs: number) {
  await timed(url, cookie); // the first request compiles nothing but fills the caches of the process
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await timed(url, cookie));
  const times = results.map((r) => r.ms);
  return { medianMs: Math.round(median(times)), slowestMs: Math.round(Math.max(...times)), runs, bytes: results[0]?.bytes ?? 0 };
}

export async function benchReport(origin: string, cookie: string, target: ReportBenchTarget): Promise<ReportBenchResult> {
  const page = await repeat(`${origin}${target.yearPath}`, cookie, 10);
  const spreadsheet = await repeat(`${origin}${target.exportPath}`, cookie, 3);
  return { target, page: { medianMs: page.medianMs, slowestMs: page.slowestMs, runs: page.runs }, spreadsheet };
}

const verdict = (ms: number, limit: number) => (ms < limit ? "đạt" : "KHÔNG ĐẠT");

export function printReportBench(result: ReportBenchResult): void {
  const { target, page, spreadsheet } = result;
  console.log(`  Báo cáo thống kê một năm (${target.yearArticles.toLocaleString("vi-VN")} bài, ${target.yearPath}): trung vị ${page.medianMs} ms, chậm nhất ${page.slowestMs} ms trong ${page.runs} lần; mục tiêu < ${PAGE_TARGET_MS} ms: ${verdict(page.medianMs, PAGE_TARGET_MS)}.`);
  console.log(`  Tải Excel (${target.exportArticles.toLocaleString("vi-VN")} bài, ${(spreadsheet.bytes / 1048576).toFixed(1)} MB): trung vị ${spreadsheet.medianMs} ms, chậm nhất ${spreadsheet.slowestMs} ms trong ${spreadsheet.runs} lần; mục tiêu < ${EXPORT_TARGET_MS} ms: ${verdict(spreadsheet.medianMs, EXPORT_TARGET_MS)}.`);
}
