// The import bench's figures against issue 17's targets (item 5), and its table on the terminal.
import type { ImportRun } from "./import-runs";

// 100,000 articles in under 3 minutes; another size is held to the same rate.
const TARGET_ARTICLES = 100_000;
const TARGET_TEXT_SECONDS = 180;
const TARGET_PHOTOS_PER_SECOND = 8;
const TARGET_MEMORY_MB = 500;

export type Verdict = { measure: string; count: string; seconds: string; perSecond: string; target: string; measured: string; ok: boolean };

const number = (value: number, digits = 0) => value.toLocaleString("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The verdicts of a bench's runs: the photos' only when it made a photo run (not with --photos 0). */
export function importVerdicts(runs: { articles: number; text: ImportRun; images: ImportRun | null }): Verdict[] {
  const { articles, text, images } = runs;
  const textLimit = (TARGET_TEXT_SECONDS * articles) / TARGET_ARTICLES;
  const textRate = text.report.counts.read / text.seconds;
  const memory = (name: string, run: ImportRun): Verdict => ({
    measure: `${name}: bộ nhớ đỉnh`,
    count: "",
    seconds: "",
    perSecond: "",
    target: `< ${TARGET_MEMORY_MB} MB`,
    measured: `${run.report.peakMemoryMb} MB`,
    ok: run.report.peakMemoryMb < TARGET_MEMORY_MB,
  });
  const textVerdict: Verdict = {
    measure: "Lần 1: chữ (--no-media)",
    count: `${number(text.report.counts.read)} bài`,
    seconds: number(text.seconds, 1),
    perSecond: `${number(textRate)} bài/s`,
    target: articles === TARGET_ARTICLES ? `< ${TARGET_TEXT_SECONDS} s` : `< ${number(textLimit, 1)} s (${TARGET_TEXT_SECONDS} s / 100.000 bài)`,
    measured: `${number(text.seconds, 1)} s`,
    ok: text.seconds < textLimit,
  };
  if (!images) return [textVerdict, memory("Lần 1", text)];
  const stored = images.report.images.stored;
  const photoRate = stored / images.seconds;
  return [
    textVerdict,
    {
      measure: "Lần 2: ảnh (--media-only)",
      count: `${number(stored)} ảnh`,
      seconds: number(images.seconds, 1),
      perSecond: `${number(photoRate, 1)} ảnh/s`,
      target: `≥ ${TARGET_PHOTOS_PER_SECOND} ảnh/s`,
      measured: `${number(photoRate, 1)} ảnh/s`,
      ok: photoRate >= TARGET_PHOTOS_PER_SECOND,
    },
    memory("Lần 1", text),
    memory("Lần 2", images),
  ];
}

const columns: { title: string; width: number; right?: boolean; of: (verdict: Verdict) => string }[] = [
  { title: "Phép đo", width: 30, of: (v) => v.measure },
  { title: "Số lượng", width: 13, right: true, of: (v) => v.count },
  { title: "Giây", width: 8, right: true, of: (v) => v.seconds },
  { title: "Mỗi giây", width: 12, right: true, of: (v) => v.perSecond },
  { title: "Mục tiêu", width: 34, right: true, of: (v) => v.target },
  { title: "Đo được", width: 12, right: true, of: (v) => v.measured },
  { title: "Kết quả", width: 9, right: true, of: (v) => (v.ok ? "đạt" : "chưa đạt") },
];

export function printImportTable(verdicts: Verdict[]): void {
  const line = (cells: string[]) => cells.map((cell, i) => (columns[i]?.right ? cell.padStart(columns[i].width) : cell.padEnd(columns[i]?.width ?? 0))).join(" ");
  const header = line(columns.map((column) => column.title));
  console.log(`\n${header}\n${"-".repeat(header.length)}`);
  for (const verdict of verdicts) console.log(line(columns.map((column) => column.of(verdict))));
}
