// The old site's photos for an import (issue 17): found under --media-root, never outside it, made
// into every width once, and their rows written with the article that first uses them. The old
// files are read from this machine's disk; what they become goes into the site's media store.
import fs from "node:fs/promises";
import path from "node:path";
import type { LegacySource } from "@/core/legacy-addresses";
import { legacyImagePath } from "@/core/legacy-article";
import type { LegacyArticle, LegacyImage } from "@/core/legacy-import";
import { articleRef, type ImportReport, type MissingImageReason } from "@/core/legacy-report";
import type { Transaction } from "@/db/client";
import type { LegacyItem } from "@/db/queries/legacy-import";
import { recordLegacyItem } from "@/db/queries/legacy-import";
import { insertMedia, mediaById } from "@/db/queries/media";
import type { Media } from "@/db/schema";
import type { MediaStore } from "../media-store";
import type { StoredImage } from "../media-storage";
import { removeImageFiles } from "../media-upload";
import type { PhotoMaker } from "./photo-maker";

/** The old site's top folder the media root is a copy of. */
const MEDIA_FOLDER: Record<LegacySource, string> = { joomla: "images", nukeviet: "uploads" };

/** A photo for an article: one an earlier run stored, one stored now (row still to write), or none. */
export type ResolvedImage =
  | { kind: "known"; mediaId: number; relative: string }
  | { kind: "stored"; relative: string; storageKey: string; stored: StoredImage; fileName: string }
  | null;

export type MediaOptions = { mediaRoot: string | null; oldBaseUrl: string | null; store: MediaStore };

/**
 * The old site's photos: found under --media-root, made into every width once (an image used by
 * several articles, or by an earlier run, is stored once), their rows written with the article.
 */
export class LegacyMedia {
  private readonly storing = new Map<string, Promise<ResolvedImage>>();
  private readonly rows = new Map<string, number>();

  constructor(
    private readonly source: LegacySource,
    private readonly options: MediaOptions,
    known: Map<string, LegacyItem>,
    private readonly report: ImportReport,
    private readonly photos: PhotoMaker,
  ) {
    for (const [relative, item] of known) this.rows.set(relative, item.newId);
  }

  private missing(article: LegacyArticle, src: string, reason: MissingImageReason): null {
    this.report.images.missing += 1;
    this.report.missingImages.push({ ...articleRef(article), src: src.slice(0, 500), reason });
    return null;
  }

  async resolve(article: LegacyArticle, image: LegacyImage, dryRun: boolean): Promise<ResolvedImage> {
    const { mediaRoot, oldBaseUrl } = this.options;
    const found = legacyImagePath(image.src, { folder: MEDIA_FOLDER[this.source], oldBaseUrl });
    if (!found.ok) return found.reason === "empty" ? null : this.missing(article, image.src, found.reason);
    const known = this.rows.get(found.relative);
    if (known !== undefined) {
      this.report.images.reused += 1;
      return { kind: "known", mediaId: known, relative: found.relative };
    }
    if (!mediaRoot) return this.missing(article, image.src, "no-media-root");
    const file = await insideRoot(mediaRoot, found.relative);
    if (!file) return this.missing(article, image.src, "missing");
    if (dryRun) return null;
    let storing = this.storing.get(found.relative);
    if (!storing) {
      const fileName = path.basename(found.relative);
      storing = this.photos.make(file, fileName).then((stored) =>
        stored.ok ? { kind: "stored" as const, relative: found.relative, storageKey: stored.storageKey, stored: stored.stored, fileName } : null,
      );
      this.storing.set(found.relative, storing);
    } else {
      this.report.images.reused += 1;
      return storing;
    }
    const stored = await storing;
    if (!stored) return this.missing(article, image.src, "not-an-image");
    this.report.images.stored += 1;
    return stored;
  }

  /** The image's media row: written in this transaction the first time, read after that. */
  async rowFor(tx: Transaction, image: NonNullable<ResolvedImage>, alt: string, batchMedia: Map<string, number>, uploadedBy: number | null, at: Date): Promise<Media> {
    if (image.kind === "known") return this.read(tx, image.mediaId);
    const existing = this.rows.get(image.relative) ?? batchMedia.get(image.relative);
    if (existing !== undefined) return this.read(tx, existing);
    const row = await insertMedia(tx, { storageKey: image.storageKey, originalName: image.fileName.slice(0, 200), alt: alt.trim().slice(0, 300), uploadedBy, ...image.stored });
    await recordLegacyItem(tx, { source: this.source, kind: "image", oldKey: image.relative, newId: row.id, fingerprint: "", at });
    batchMedia.set(image.relative, row.id);
    return row;
  }

  private async read(tx: Transaction, id: number): Promise<Media> {
    const row = await mediaById(tx, id);
    if (!row) throw new Error(`Ảnh số ${id} vừa bị xóa trong lúc nhập.`);
    return row;
  }

  committed(batchMedia: Map<string, number>) {
    for (const [relative, id] of batchMedia) this.rows.set(relative, id);
  }

  /** Files made for photos no committed row points at (every article using them failed). */
  async removeUnused(): Promise<void> {
    for (const storing of this.storing.values()) {
      const image = await storing;
      if (image?.kind === "stored" && !this.rows.has(image.relative)) await removeImageFiles(this.options.store, { storageKey: image.storageKey, ...image.stored });
    }
  }
}

/** The file under the media root, or null when missing or when a link leads outside it. */
async function insideRoot(root: string, relative: string): Promise<string | null> {
  try {
    const realRoot = await fs.realpath(root);
    const file = await fs.realpath(path.join(realRoot, relative));
    if (!file.startsWith(realRoot + path.sep)) return null;
    return (await fs.stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}
