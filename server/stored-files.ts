// Removing stored files (images, document files) once the rows that named them are gone.
import type { MediaStore } from "./media-store";

export type ReportError = (message: string, error: unknown) => void;

/**
 * Removes each named file (a store key). Called after the deletion has committed: a file that
 * cannot be removed (a folder in its place, a bucket that does not answer) is reported and left
 * in the store, unused, rather than a row whose file is gone.
 */
export async function removeStoredFiles(store: MediaStore, names: string[], reportError: ReportError, label = "file"): Promise<void> {
  for (const name of names) {
    try {
      // A file already missing is what we wanted: the store answers it as removed.
      await store.remove(name);
    } catch (error) {
      reportError(`The ${label} ${name} could not be removed after its row was deleted; it is left in ${store.description}, unused`, error);
    }
  }
}
