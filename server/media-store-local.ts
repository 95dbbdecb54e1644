// The media in a folder of this machine (MEDIA_DIR): the layout of every site so far, kept as it was.
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { checkedMediaKey, mediaKeyProblem } from "@/core/media-store-keys";
import type { MediaStore, StoredStream } from "./media-store";

// A name that is not a file (missing, or a folder where a file was asked for) is simply missing.
const MISSING = new Set(["ENOENT", "ENOTDIR", "EISDIR"]);
const isMissing = (error: unknown) => MISSING.has((error as NodeJS.ErrnoException).code ?? "");

export function localMediaStore(folder: string): MediaStore {
  const root = path.resolve(folder);
  const pathOf = (key: string) => path.join(root, checkedMediaKey(key));

  /** Missing is null; any other failure is logged and null too, so a reader gets a 404, not a 500. */
  async function orMissing<T>(key: string, read: (file: string) => Promise<T | null>): Promise<T | null> {
    const file = pathOf(key);
    try {
      return await read(file);
    } catch (error) {
      if (!isMissing(error)) console.error(`The media file ${file} could not be read`, error);
      return null;
    }
  }

  async function* walk(folderPath: string, prefix: string): AsyncGenerator<string> {
    const entries = await fsp.readdir(folderPath, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) yield* walk(path.join(folderPath, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile() && mediaKeyProblem(`${prefix}${entry.name}`) === null) yield `${prefix}${entry.name}`;
      else console.warn(`Bỏ qua ${path.join(folderPath, entry.name)} trong thư mục ảnh: không phải tệp thường (liên kết, thiết bị…) hoặc tên không phải của Bản tin.`);
    }
  }

  return {
    description: root,
    localRoot: root,
    async put(key, body) {
      const file = pathOf(key);
      await fsp.mkdir(path.dirname(file), { recursive: true });
      if (Buffer.isBuffer(body)) await fsp.writeFile(file, body);
      else await fsp.copyFile(body.file, file);
    },
    read: (key) => orMissing(key, (file) => fsp.readFile(file)),
    stream: (key) =>
      orMissing(key, async (file): Promise<StoredStream | null> => {
        // A file's bytes never change under its key (a new upload is a new key), so the size read
        // first is the size streamed. By path, as before: no FileHandle left to the garbage collector
        // when a response's body is never read.
        const stat = await fsp.stat(file);
        if (!stat.isFile()) return null;
        return { body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>, size: stat.size };
      }),
    size: (key) => orMissing(key, async (file) => {
      const stat = await fsp.stat(file);
      return stat.isFile() ? stat.size : null;
    }),
    async remove(key) {
      await fsp.rm(pathOf(key), { force: true });
    },
    list: () => walk(root, ""),
    async copyToFile(key, target) {
      await fsp.mkdir(path.dirname(target), { recursive: true });
      try {
        // A clone where the file system can make one (no bytes copied), a copy elsewhere.
        await fsp.copyFile(pathOf(key), target, fs.constants.COPYFILE_FICLONE);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
        throw error;
      }
    },
  };
}
