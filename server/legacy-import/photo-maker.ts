// Where an import makes the old site's photos into every width (server/media-upload.ts
// storeImageFiles). The photos are the run's work, in libvips' threads; but each step of a photo
// waits for the event loop of the thread that asked for it, and the import's main thread blocks
// it for tens of milliseconds at a time (a batch's SQLite writes, the collection of its heap, which
// each photo's few megabytes of bitmap and files make run often). On a worker thread of their own,
// the photos never wait for the writes, and their buffers never touch the main thread's heap.
import { mediaStore, type MediaStore } from "../media-store";
import { imageJobs, storeImageFiles, type StoredImageFiles, type UploadRefused } from "../media-upload";
import { callsOnWorker } from "./worker-calls";

export type PhotoMaker = {
  /** The file made into every width in the site's media store, or why it is not an image. */
  make(file: string, fileName: string): Promise<StoredImageFiles | UploadRefused>;
  close(): Promise<void>;
};

export type PhotoRequest = { file: string; fileName: string };

/**
 * An import makes three photos at once where an upload makes two: it serves no page, and two photos
 * leave a tenth of two cores idle between their steps (1.86–1.90 cores busy against 1.96–1.98, decision 17).
 * The memory budget is the uploads': three typical photos, two at most near the pixel limit.
 */
export const IMPORT_PHOTOS_AT_ONCE = 3;
const importPhotoJobs = imageJobs(IMPORT_PHOTOS_AT_ONCE);

/** On the calling thread, into `store`: the default of runImport (the tests, a dry run). */
export function photosMadeHere(store: MediaStore): PhotoMaker {
  return { make: (file, fileName) => storeImageFiles(file, fileName, store, importPhotoJobs), close: async () => {} };
}

/**
 * On one worker thread (photo-worker.ts), into the media store this process is configured with
 * (server/env.ts), which the worker opens from the same settings: the CLI's runs that store photos.
 */
export function photosMadeOnWorker(): PhotoMaker {
  const calls = callsOnWorker<PhotoRequest, StoredImageFiles | UploadRefused>(new URL("./photo-worker.ts", import.meta.url).href, "Luồng làm ảnh");
  return { make: (file, fileName) => calls.call({ file, fileName }), close: () => calls.close() };
}

/** The worker's answer: the same call, in the store its settings name. */
export const makePhoto = ({ file, fileName }: PhotoRequest) => storeImageFiles(file, fileName, mediaStore(), importPhotoJobs);
