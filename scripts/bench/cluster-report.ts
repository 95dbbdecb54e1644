// The cluster bench's figures on the terminal, against issue 19's targets.
import type { CachedPageRow } from "./cluster-pages";
import type { RenderBench } from "./cluster-renders";
import type { PublicationDelay } from "./publication-delay";
import { formatCpu } from "./process-cpu";

export const TARGETS = { cachedRequestsPerSecond: 20_000, cachedP99Ms: 10, publicationMs: 1_000 };

const pad = (text: string | number, width: number) => String(text).padStart(width);
const verdict = (met: boolean) => (met ? "đạt" : "KHÔNG ĐẠT");

/** The target is held to pages as browsers ask for them (gzip); the uncompressed rows stand beside them. */
export function heldToTarget(row: CachedPageRow): boolean {
  return row.encoding === "gzip";
}

export function cachedPagesMeetTarget(row: CachedPageRow): boolean {
  return row.cached.requestsPerSecond >= TARGETS.cachedRequestsPerSecond && row.cached.p99Ms <= TARGETS.cachedP99Ms;
}

export function printClusterReport(cached: CachedPageRow[], renders: RenderBench, publication: PublicationDelay): void {
  console.log(`\nTrang công khai qua nginx (bộ đệm 1 s, 2 phiên bản) và bản tĩnh của cùng các byte trên nginx, tải bằng wrk; mục tiêu ≥ ${TARGETS.cachedRequestsPerSecond} req/s, p99 ≤ ${TARGETS.cachedP99Ms} ms cho trang gzip như trình duyệt xin (bản không nén để so sánh)`);
  console.log(`${"Trang".padEnd(40)} ${"nén".padEnd(9)} ${pad("KB", 4)} ${pad("req/s", 7)} ${pad("p50", 4)} ${pad("p99", 4)} ${pad("tĩnh/s", 7)} ${pad("p50", 4)} ${pad("p99", 4)} ${pad("tải", 5)}  mục tiêu`);
  for (const row of cached) {
    console.log(
      `${`${row.name} ${row.path}`.slice(0, 40).padEnd(40)} ${row.encoding.padEnd(9)} ${pad(row.kb, 4)} ${pad(row.cached.requestsPerSecond, 7)} ${pad(row.cached.p50Ms, 4)} ${pad(row.cached.p99Ms, 4)} ${pad(row.staticCopy.requestsPerSecond, 7)} ${pad(row.staticCopy.p50Ms, 4)} ${pad(row.staticCopy.p99Ms, 4)} ${pad(row.loadAverage, 5)}  ${heldToTarget(row) ? verdict(cachedPagesMeetTarget(row)) : "(so sánh)"}`,
    );
    console.log(`    CPU, bộ đệm: ${formatCpu(row.cached.cpu)}`);
    console.log(`    CPU, bản tĩnh: ${formatCpu(row.staticCopy.cpu)}`);
  }

  console.log(`\nBài viết chưa có trong bộ đệm nào (nginx không đệm), trên PostgreSQL: ${renders.distinctArticles} bài khác nhau trong ${renders.articlesAvailable}; X-Nextjs-Cache lần đầu ${renders.firstRequestCache ?? "(không có)"}, lần hai ${renders.secondRequestCache ?? "(không có)"}`);
  for (const row of renders.rows) {
    console.log(`  ${row.instances} phiên bản: ${row.requestsPerSecond} trang/s (${row.requests} trang trong ${row.cpu.seconds} s), p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, lỗi ${row.errors}, non-2xx ${row.non2xx}`);
    console.log(`    CPU (100 % = một lõi): ${formatCpu(row.cpu)}`);
  }
  const [one, two] = renders.rows;
  if (one && two && one.requestsPerSecond > 0) console.log(`  Hai phiên bản / một: ${(two.requestsPerSecond / one.requestsPerSecond).toFixed(2)}×`);

  console.log(`\nBài đăng hiện qua nginx sau: ${publication.visibleMs.join(", ")} ms (lưu mất ${publication.saveMs.join(", ")} ms); trung vị ${publication.medianMs} ms, chậm nhất ${publication.maxMs} ms; mục tiêu ≤ ${TARGETS.publicationMs} ms: ${verdict(publication.maxMs <= TARGETS.publicationMs)}`);
}
