// The one line a long command (the import) redraws on a terminal: a bar, the counts, the rate and
// what remains, in Vietnamese: "[██████░░░░] 1.234/100.000 bài · 540 bài/giây · còn khoảng 3 phút".

function remaining(seconds: number): string {
  if (!Number.isFinite(seconds)) return "đang ước tính";
  if (seconds < 60) return `còn khoảng ${Math.max(1, Math.round(seconds))} giây`;
  if (seconds < 3600) return `còn khoảng ${Math.round(seconds / 60)} phút`;
  const hours = Math.floor(seconds / 3600);
  return `còn khoảng ${hours} giờ ${Math.round((seconds - hours * 3600) / 60)} phút`;
}

export function progressLine(done: number, total: number, elapsedMs: number, unit = "bài", width = 24): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * width);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  const count = `${done.toLocaleString("vi-VN")}/${total.toLocaleString("vi-VN")} ${unit}`;
  const speed = `${Math.round(rate).toLocaleString("vi-VN")} ${unit}/giây`;
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${count} · ${speed} · ${done >= total ? "xong" : remaining(left)}`;
}
