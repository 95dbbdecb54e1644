// `npm run bench [-- --articles 100000 --documents 20000 --duration 10 --connections 16 --port 3400 --urls /,/tin-tuc]`:
// builds the production server when stale, seeds data/bench/bench-<N>.db (reused when the size
// and schema match), serves it, warms each page and loads it with autocannon from this machine.
// Several sizes: --articles 1000,100000. Exits non-zero when any request failed or was not 2xx.
// --profile: the server records a CPU profile (bench/profiles/) and the bench prints where the
// server's time went.
// --cluster: the site as `npm run cluster` runs it, PostgreSQL, Redis, two instances and nginx
// (scripts/bench/cluster-bench.ts); --articles, --documents, --duration and --connections apply.
// First: --database postgres chooses the tables before anything imports them.
import { benchDialect } from "./bench/select-database";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { benchTargets, ensureBenchDatabase, type BenchTargets } from "./bench/bench-database";
import { machineDescription, printTable, rowOf, writeResults, type BenchRow } from "./bench/bench-report";
import { summariseProfiles } from "./bench/cpu-profile";
import { browserHeaders, residentMemoryMb, startBenchServer, type BenchServer } from "./bench/bench-server";
import { saveEverySecond, signInAs } from "./bench/editor-saves";
import { benchReport, printReportBench } from "./bench/report-bench";
import { runClusterBench } from "./bench/cluster-bench";
import { ensureProductionBuild } from "./production-build";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    // The documents register's size (issue 16): /van-ban is measured on it.
    documents: { type: "string", default: "20000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3400" },
    urls: { type: "string" },
    "data-dir": { type: "string", default: "data/bench" },
    profile: { type: "boolean", default: false },
    // Read by ./bench/select-database before anything else; declared here so parseArgs accepts it.
    database: { type: "string", default: "sqlite" },
    cluster: { type: "boolean", default: false },
  },
});

function positiveInteger(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} phải là số nguyên dương, nhận được "${value}".`);
    process.exit(2);
  }
  return n;
}

const sizes = (values.articles ?? "").split(",").map((size) => positiveInteger("articles", size));
const duration = positiveInteger("duration", values.duration);
const documents = values.documents === "0" ? 0 : positiveInteger("documents", values.documents);
const connections = positiveInteger("connections", values.connections);
const port = positiveInteger("port", values.port);

if (values.cluster) {
  if (sizes.length !== 1) {
    console.error("--cluster đo một cỡ cơ sở dữ liệu: --articles nhận một số.");
    process.exit(2);
  }
  const ok = await runClusterBench({ articles: sizes[0] ?? 0, documents, duration, connections });
  if (!ok) console.error("Có yêu cầu lỗi hoặc không phải 2xx trong phép đo cụm.");
  process.exit(ok ? 0 : 1);
}

async function load(server: BenchServer, options: Omit<Parameters<typeof autocannon>[0], "url" | "duration" | "connections"> & { urlPath: string; connections?: number }) {
  const { urlPath, ...rest } = options;
  return autocannon({ url: `${server.origin}${urlPath}`, duration, connections, headers: browserHeaders, timeout: 10, ...rest });
}

/** GETs the page a few times so the first measured request is not the first ever; returns its status. */
async function warm(server: BenchServer, urlPath: string): Promise<number> {
  let status = 0;
  for (let i = 0; i < 5; i++) status = (await fetch(`${server.origin}${urlPath}`, { headers: browserHeaders, redirect: "manual" })).status;
  return status;
}

async function benchSize(articles: number) {
  const file = await ensureBenchDatabase(values["data-dir"] ?? "data/bench", articles, process.env.DATABASE_PATH ? [process.env.DATABASE_PATH] : [], documents);
  // The build renders the 404 page from the database: on PostgreSQL, the migrated bench database
  // (the bench server's own "ban_tin" is empty). Made once, on the first size.
  if (benchDialect === "postgres") process.env.DATABASE_URL = file;
  ensureProductionBuild();
  const targets: BenchTargets = await benchTargets(file, articles, documents);
  const pages: BenchTargets["pages"] = values.urls ? values.urls.split(",").map((urlPath) => ({ name: urlPath, path: urlPath })) : targets.pages;
  const profileDir = values.profile ? path.resolve("bench", "profiles", `${new Date().toISOString().slice(0, 10)}-${articles}`) : null;
  const dataDir = path.resolve(values["data-dir"] ?? "data/bench");
  const database = benchDialect === "postgres" ? file : path.resolve(file);
  const server = await startBenchServer({ port, database, mediaDir: path.join(dataDir, "media"), env: { VIEW_COUNTING: "on" }, profileDir });
  const rows: BenchRow[] = [];
  try {
    for (const page of pages) {
      const status = await warm(server, page.path);
      if (status !== (page.status ?? 200)) console.error(`${page.path} trả lời ${status} khi khởi động, chờ ${page.status ?? 200}.`);
      console.log(`${articles} bài · ${page.name} ${page.path} …`);
      rows.push(rowOf(articles, page.name, page.path, await load(server, { urlPath: page.path }), page.status));
    }

    // A reader's view is the page, then its beacon, one after the other as the browser sends them:
    // each connection alternates the two, and a view per second is two requests.
    console.log(`${articles} bài · bài viết cùng lượt xem …`);
    const beacon = `/api/luot-xem/${targets.article.id}`;
    const views = rowOf(
      articles,
      "Bài viết + beacon (lượt đọc/s)",
      targets.article.path,
      await load(server, { urlPath: targets.article.path, requests: [{ method: "GET", path: targets.article.path }, { method: "POST", path: beacon }] }),
    );
    rows.push({ ...views, requestsPerSecond: Math.round(views.requestsPerSecond / 2) });

    // The editor changes the summary (the article's card in the lists, its page, search), then types into the
    // text (its page and search alone: core/article-save.ts readerChange).
    console.log(`${articles} bài · trang công khai khi biên tập viên lưu mỗi giây …`);
    const cookie = await signInAs(server.origin, "editor");
    const everyPage = pages.filter((page) => page.status === undefined).map((page) => ({ method: "GET" as const, path: page.path }));
    const saving = saveEverySecond(server.origin, cookie, targets.article, targets.article.version);
    const mixed = await load(server, { urlPath: "/", requests: everyPage });
    const editor = await saving.stop();
    rows.push(rowOf(articles, "Các trang, BTV lưu mỗi giây", "(xen kẽ)", mixed));
    console.log(`${articles} bài · trang công khai khi biên tập viên sửa nội dung mỗi giây …`);
    const typing = saveEverySecond(server.origin, cookie, { id: targets.article.id, fields: editor.fields }, editor.version, "bodyHtml");
    const typed = await load(server, { urlPath: "/", requests: everyPage });
    const typist = await typing.stop();
    rows.push(rowOf(articles, "Các trang, BTV sửa nội dung mỗi giây", "(xen kẽ)", typed));

    console.log(`${articles} bài · báo cáo thống kê và tệp Excel …`);
    const report = await benchReport(server.origin, await signInAs(server.origin, "admin"), targets.report);

    const rssMb = server.process.pid ? residentMemoryMb(server.process.pid) : null;
    return { articles, file, rows, editor, typist, report, rssMb, profileDir };
  } finally {
    await server.stop();
  }
}

const runs = [];
for (const size of sizes) runs.push(await benchSize(size));

const rows = runs.flatMap((run) => run.rows);
printTable(rows);
for (const run of runs) {
  console.log(`\n${run.articles} bài: RSS máy chủ sau khi chạy ${run.rssMb ?? "?"} MB; biên tập viên lưu ${run.editor.saves} lần, lỗi ${run.editor.failures}, trung vị ${run.editor.medianMs} ms, chậm nhất ${run.editor.slowestMs} ms.`);
  console.log(`  Sửa nội dung: lưu ${run.typist.saves} lần, lỗi ${run.typist.failures}, trung vị ${run.typist.medianMs} ms, chậm nhất ${run.typist.slowestMs} ms.`);
  const alone = run.rows.find((row) => row.name === "Bài viết");
  const counted = run.rows.find((row) => row.name.startsWith("Bài viết + beacon"));
  if (alone && counted) console.log(`  Lượt đọc có beacon / bài viết không beacon: ${(counted.requestsPerSecond / alone.requestsPerSecond).toFixed(2)}×`);
  printReportBench(run.report);
  if (run.profileDir) summariseProfiles(run.profileDir);
}
if (runs.length > 1) {
  const [small, large] = [runs[0], runs.at(-1)];
  console.log(`\nreq/s ở ${large?.articles} bài so với ${small?.articles} bài:`);
  for (const row of large?.rows ?? []) {
    const base = small?.rows.find((other) => other.name.replace(/\d+/g, "") === row.name.replace(/\d+/g, ""));
    if (base?.requestsPerSecond) console.log(`  ${row.name}: ${(row.requestsPerSecond / base.requestsPerSecond).toFixed(2)}×`);
  }
}

const resultsFile = writeResults(sizes.join("-"), {
  measuredAt: new Date().toISOString(),
  machine: machineDescription(),
  settings: { duration, connections, sizes },
  // The saves' figures, not the article they left.
  runs: runs.map(({ file: _file, profileDir: _profileDir, editor: { fields: _e, ...editor }, typist: { fields: _t, ...typist }, ...run }) => ({ ...run, editor, typist })),
});
console.log(`\nĐã ghi ${resultsFile}`);

const failed = rows.filter((row) => row.errors > 0 || row.non2xx > 0);
const editorFailed = runs.some((run) => run.editor.failures > 0 || run.typist.failures > 0);
if (failed.length > 0 || editorFailed) {
  console.error(`Có yêu cầu lỗi hoặc không phải 2xx: ${failed.map((row) => `${row.name} (${row.errors} lỗi, ${row.non2xx} non-2xx)`).join(", ")}${editorFailed ? "; lưu của biên tập viên bị lỗi" : ""}.`);
  process.exit(1);
}
process.exit(0);
