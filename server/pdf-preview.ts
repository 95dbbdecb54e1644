// The first page of a PDF document as a PNG, for its preview image (issue 16). Drawn by pdftoppm
// from Debian's poppler-utils (scripts/poppler.sh installs it) rather than a PDF renderer in this
// process: a broken or hostile PDF can only make that process fail or run out of time, and the
// server goes on. Without pdftoppm a document simply has no preview.
import { execFile } from "node:child_process";

export type PdfFirstPage = { ok: true; png: Buffer } | { ok: false; reason: "no-renderer" | "unreadable" | "timeout" };

const RENDERER = "pdftoppm";

/** Renders page 1 at `width` pixels wide (the height follows the page), within `timeoutMs`. */
export function renderPdfFirstPage(file: string, options: { width?: number; timeoutMs?: number } = {}): Promise<PdfFirstPage> {
  const width = options.width ?? 1200;
  const args = ["-png", "-singlefile", "-f", "1", "-l", "1", "-scale-to-x", String(width), "-scale-to-y", "-1", file];
  return new Promise((resolve) => {
    execFile(RENDERER, args, { encoding: "buffer", maxBuffer: 64 * 1024 * 1024, timeout: options.timeoutMs ?? 20_000, killSignal: "SIGKILL" }, (error, stdout) => {
      if (!error && stdout.length > 0) return resolve({ ok: true, png: stdout });
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === "ENOENT") return resolve({ ok: false, reason: "no-renderer" });
      resolve({ ok: false, reason: error && "killed" in error && error.killed ? "timeout" : "unreadable" });
    });
  });
}
