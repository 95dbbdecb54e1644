// `npm run bench:import -- [--articles 100000] [--photos 2000] [--database sqlite|postgres]`:
// issue 17's speed targets for `npm run import`, measured on the real CLI. It starts the private
// MariaDB server "bench" (port BENCH_MARIADB_PORT, 23309 by default), fills a Joomla 3 database
// with generated articles (scripts/bench/joomla-bench-site.ts, kept for the next run of the same
// size), makes the photos (scripts/bench/import-photos.ts, cached), gives a fresh Bản tin database
// the demo organisation, then times two imports as child processes: the text (--no-media) and the
// photos (--media-only). It prints the figures against the targets and stops the MariaDB server it
// started; the databases and reports stay under data/bench/import/ for inspection.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const USAGE = `Cách dùng: npm run bench:import -- [--articles 100000] [--photos 2000] [--database sqlite|postgres] [--profile]
  --articles   số bài của cổng Joomla cũ được tạo ra (số nguyên dương)
  --photos     số bài đầu tiên có ảnh 1600×1200 (0 … số bài)
  --database   cơ sở dữ liệu của Bản tin: sqlite (mặc định) hoặc postgres (máy chủ bench, cổng BENCH_PG_PORT)
  --profile    mỗi lần nhập ghi hồ sơ CPU (bench/profiles/) và in thời gian đi đâu
Biến môi trường: BENCH_MARIADB_PORT (mặc định 23309), BENCH_PG_PORT (mặc định 25435).`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseArguments() {
  try {
    return parseArgs({
      strict: true,
      allowPositionals: false,
      options: {
        articles: { type: "string", default: "100000" },
        photos: { type: "string", default: "2000" },
        profile: { type: "boolean", default: false },
        // Read by ./bench/select-database; declared so that parseArgs accepts it.
        database: { type: "string", default: "sqlite" },
      },
    }).values;
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1];
    return usageError(option ? `Không hiểu tùy chọn ${option}.` : "Không đọc được dòng lệnh.");
  }
}

const values = parseArguments();
const wholeNumber = (name: string, text: string | undefined, min: number) => {
  const n = Number(text);
  if (!/^\d+$/.test(text ?? "") || !Number.isSafeInteger(n) || n < min) usageError(`--${name} phải là số nguyên ${min > 0 ? "dương" : "không âm"}, nhận được "${text}".`);
  return n;
};
const articles = wholeNumber("articles", values.articles, 1);
const photos = wholeNumber("photos", values.photos, 0);
if (photos > articles) usageError(`--photos (${photos}) không được lớn hơn --articles (${articles}): mỗi ảnh thuộc một bài.`);
if (values.database !== "sqlite" && values.database !== "postgres") usageError(`--database phải là sqlite hoặc postgres, nhận được "${values.database}".`);
const mariadbPort = wholeNumber("BENCH_MARIADB_PORT", process.env.BENCH_MARIADB_PORT ?? "23309", 1);

// Checked arguments first: choosing the database may start the bench's PostgreSQL server.
const { benchDialect } = await import("./bench/select-database");
const { prepareBanTinDatabase, runImportCli, startBenchMariaDb, ensureJoomlaBenchSite } = await import("./bench/import-runs");
const { ensureBenchPhotos } = await import("./bench/import-photos");
const { printImportTable, importVerdicts } = await import("./bench/import-report");
const { summariseProfiles } = await import("./bench/cpu-profile");

const repoRoot = path.resolve(import.meta.dirname, "..");
const workDir = path.join(repoRoot, "data", "bench", "import");
fs.mkdirSync(workDir, { recursive: true });
const load = () => os.loadavg().map((each) => each.toFixed(2)).join(", ");
console.log(`Máy: ${os.cpus().length} nhân, tải trung bình ${load()} (1, 5, 15 phút).`);

const mariadb = startBenchMariaDb(mariadbPort);
let exitCode = 0;
try {
  const site = await ensureJoomlaBenchSite(mariadb, workDir, articles, photos);
  console.log(site.reused ? `Dùng lại cổng cũ ${site.database} (${articles.toLocaleString("vi-VN")} bài).` : `Đã tạo cổng cũ ${site.database}: ${articles.toLocaleString("vi-VN")} bài trong ${site.seconds.toFixed(1)} giây.`);
  const media = await ensureBenchPhotos(path.join(repoRoot, "data", "bench", "import-media"), photos);
  console.log(media.made > 0 ? `Đã tạo ${media.made} ảnh trong ${media.seconds.toFixed(1)} giây (${media.root}).` : `Dùng lại ${photos} ảnh trong ${media.root}.`);
  const target = await prepareBanTinDatabase(benchDialect, workDir);
  console.log(`Bản tin: ${target.description}, cơ cấu tổ chức mẫu.`);

  const mediaDir = path.join(workDir, "media");
  fs.rmSync(mediaDir, { recursive: true, force: true });
  const common = { env: target.env, mediaDir, workDir, mysqlUrl: site.readUrl };
  const profileDir = (name: string) => (values.profile ? path.join(repoRoot, "bench", "profiles", `${new Date().toISOString().slice(0, 10)}-import-${articles}-${name}`) : null);
  console.log(`Lần 1: nhập chữ (--no-media) …`);
  const text = await runImportCli({ ...common, name: "text", flags: ["--no-media"], profileDir: profileDir("text") });
  console.log(`  ${text.report.counts.read.toLocaleString("vi-VN")} bài trong ${text.seconds.toFixed(1)} giây, bộ nhớ đỉnh ${text.report.peakMemoryMb} MB.`);
  // --photos 0 measures the text alone: there is no photo to import.
  let images: Awaited<ReturnType<typeof runImportCli>> | null = null;
  if (photos > 0) {
    console.log(`Lần 2: nhập ảnh (--media-only) …`);
    images = await runImportCli({ ...common, name: "media", flags: ["--media-only", "--media-root", media.root], profileDir: profileDir("media") });
  }

  const verdicts = importVerdicts({ articles, text, images });
  printImportTable(verdicts);
  const reports = [text, ...(images ? [images] : [])].map((run) => path.relative(repoRoot, run.reportPath));
  console.log(`\nTải trung bình lúc kết thúc: ${load()}. Báo cáo của lần nhập: ${reports.join(", ")}.`);
  for (const name of images ? ["text", "media"] : ["text"]) {
    const dir = profileDir(name);
    if (dir) {
      console.log(`\nHồ sơ CPU, lần nhập ${name}:`);
      summariseProfiles(dir);
    }
  }
  fs.writeFileSync(
    path.join(workDir, "bench-import.json"),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), cores: os.cpus().length, loadAverage: os.loadavg(), database: benchDialect, articles, photos, verdicts }, null, 2)}\n`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  mariadb.stop();
}
process.exit(exitCode);
