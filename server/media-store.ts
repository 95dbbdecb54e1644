// One door to the media files (images in every width, document files, PDF previews), whichever
// store holds them: the folder MEDIA_DIR (the default) or an S3-compatible bucket
// (MEDIA_STORE=s3://bucket/prefix). Keys are the paths relative to the folder as they always were
// (core/media-files.ts, core/document-files.ts), so the same names work in both.
// No "server-only": the backup, restore, import and seed scripts store through it too.
import { env, type Env } from "./env";
import { localMediaStore } from "./media-store-local";
import { s3MediaStore } from "./media-store-s3";

export type StoredStream = { body: ReadableStream<Uint8Array>; size: number };

/**
 * Reads answer null for a missing file; a store that fails otherwise (a bucket that does not
 * answer) logs why and answers null too, so a reader gets a 404 and the server keeps serving.
 * Writes, removals and listings throw: their callers decide (a deletion logs and goes on, a backup
 * fails whole). A key with "..", a leading "/" or the like throws InvalidMediaKey (core/media-store-keys.ts).
 */
export interface MediaStore {
  /** The folder or s3://bucket/prefix, for messages. */
  readonly description: string;
  /**
   * The folder when the files are on this machine: a backup clones them and a restore moves a
   * whole folder into place, which an object store cannot. Null for a bucket.
   */
  readonly localRoot: string | null;
  /** Stores bytes, or a file on this machine (an upload in its temporary folder), under `key`. */
  put(key: string, body: Buffer | { file: string }, contentType: string): Promise<void>;
  read(key: string): Promise<Buffer | null>;
  /** The bytes as they come, with their size for Content-Length. */
  stream(key: string): Promise<StoredStream | null>;
  size(key: string): Promise<number | null>;
  /** A missing file is what was wanted. */
  remove(key: string): Promise<void>;
  /** Every key held, in no promised order. */
  list(): AsyncIterable<string>;
  /** Copies a file onto this machine (a backup's staging folder); false when it is missing. */
  copyToFile(key: string, file: string): Promise<boolean>;
}

export type MediaStoreSettings = Pick<Env, "MEDIA_DIR" | "MEDIA_STORE" | "AWS_ENDPOINT_URL" | "AWS_ENDPOINT_URL_S3" | "AWS_REGION">;

/** The store the settings name: a bucket when MEDIA_STORE is set, else the folder MEDIA_DIR. */
export function openMediaStore(settings: MediaStoreSettings): MediaStore {
  if (!settings.MEDIA_STORE) return localMediaStore(settings.MEDIA_DIR);
  return s3MediaStore({
    ...settings.MEDIA_STORE,
    // The S3-specific variable wins, as in the AWS tools.
    endpoint: settings.AWS_ENDPOINT_URL_S3 ?? settings.AWS_ENDPOINT_URL ?? null,
    region: settings.AWS_REGION ?? null,
  });
}

let configured: MediaStore | null = null;

/** The store this process was configured with (server/env.ts), opened once. */
export function mediaStore(): MediaStore {
  configured ??= openMediaStore(env);
  return configured;
}
