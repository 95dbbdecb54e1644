// Removing files under MEDIA_DIR once the rows that named them are gone (images, document files).
import fs from "node:fs/promises";
import path from "node:path";

export type ReportError = (message: string, error: unknown) => void;

/**
 * Removes each named file (relative to `mediaDir`). Called after the deletion has committed: a file
 * that cannot be removed is reported and left on disk, unused, rather than a row whose file is gone.
 */
export async function removeStoredFiles(mediaDir: string, names: string[], reportError: ReportError, label = "file"): Promise<void> {
  for (const name of names) {
    try {
      // force: a file already missing is what we wanted.
      await fs.rm(path.join(mediaDir, name), { force: true });
    } catch (error) {
      reportError(`The ${label} ${name} could not be removed after its row was deleted; it is left on disk, unused`, error);
    }
  }
}
