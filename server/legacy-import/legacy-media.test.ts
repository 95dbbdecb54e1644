// The import's photos with the media in a bucket: the old files are read from --media-root on this
// machine's disk, what they become is written to the store (s3rver, tests/s3-server.ts), and photos
// no committed article uses are removed from it again. The rest of the import is tested against
// MariaDB (import-run.test.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { LegacyArticle } from "@/core/legacy-import";
import { emptyReport } from "@/core/legacy-report";
import { mediaFileName } from "@/core/media-files";
import { startTestS3, type TestS3 } from "@/tests/s3-server";
import { openMediaStore, type MediaStore } from "../media-store";
import { LegacyMedia } from "./legacy-media";
import { photosMadeHere } from "./photo-maker";

let s3: TestS3;
let mediaRoot: string;
let store: MediaStore;

beforeAll(async () => {
  s3 = await startTestS3("anh-nhap");
  mediaRoot = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-images-cu-"));
  fs.mkdirSync(path.join(mediaRoot, "tin"));
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#1e3a8a" } }).jpeg().toFile(path.join(mediaRoot, "tin", "anh-1.jpg"));
  store = openMediaStore({ MEDIA_DIR: "", MEDIA_STORE: { bucket: s3.bucket, prefix: "media" }, AWS_ENDPOINT_URL: s3.endpoint, AWS_ENDPOINT_URL_S3: undefined, AWS_REGION: undefined });
  // The SDK reads the credentials from the environment, as `npm run import` would.
  vi.stubEnv("AWS_ACCESS_KEY_ID", s3.env.AWS_ACCESS_KEY_ID);
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", s3.env.AWS_SECRET_ACCESS_KEY);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await s3.stop();
  fs.rmSync(mediaRoot, { recursive: true, force: true });
});

const article: LegacyArticle = {
  oldId: 7,
  title: "Hội nghị người lao động",
  alias: "hoi-nghi",
  categoryOldId: 1,
  introHtml: "",
  fullHtml: "",
  state: "published",
  publishedAt: null,
  createdAt: null,
  modifiedAt: null,
  hits: 0,
  authorName: "",
  authorOldId: null,
  featured: false,
  leadImage: null,
  fullImage: null,
  repairedFields: [],
};

describe("the import's photos with MEDIA_STORE=s3://…", () => {
  it("reads the old file from --media-root and stores its every width in the bucket; unused, they are removed", async () => {
    const report = emptyReport("joomla", "Joomla thử", { dryRun: false, mediaOnly: false, withMedia: true }, new Date());
    const media = new LegacyMedia("joomla", { mediaRoot, oldBaseUrl: null, store }, new Map(), report, photosMadeHere(store));
    const image = await media.resolve(article, { src: "/images/tin/anh-1.jpg", alt: "", caption: "" }, false);
    if (image?.kind !== "stored") throw new Error(`not stored: ${JSON.stringify(image)}`);
    expect(image.stored.variantWidths).toEqual([480, 960, 1200]);
    const names = [480, 960, 1200].map((width) => `media/${mediaFileName(image.storageKey, width, "webp")}`);
    expect(await s3.keysOf(s3.bucket)).toEqual([...names, `media/${mediaFileName(image.storageKey, 1200, "jpg")}`].sort());

    expect(await media.resolve(article, { src: "/images/../../etc/passwd", alt: "", caption: "" }, false)).toBeNull();
    expect(report.missingImages).toMatchObject([{ reason: "parent" }]);

    // No article's row was committed with it: nothing points at the files.
    await media.removeUnused();
    expect(await s3.keysOf(s3.bucket)).toEqual([]);
  });
});
