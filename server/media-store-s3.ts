// The media in an S3-compatible bucket (MEDIA_STORE=s3://bucket/prefix), for sites served by several
// machines or without a lasting disk. It speaks plain S3 and nothing of any one server: the endpoint,
// region and credentials come from the usual AWS variables (README, Configuration).
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { S3Client } from "@aws-sdk/client-s3";
import { checkedMediaKey, describeS3Location, mediaKeyProblem, type S3Location } from "@/core/media-store-keys";
import type { MediaStore } from "./media-store";

export type S3StoreSettings = S3Location & {
  /** AWS_ENDPOINT_URL(_S3): a server other than AWS's own; null for AWS. */
  endpoint: string | null;
  region: string | null;
};

/** NoSuchKey from GET, NotFound from HEAD: both a plain 404. */
function isMissing(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return failure.name === "NoSuchKey" || failure.name === "NotFound" || failure.$metadata?.httpStatusCode === 404;
}

type Sdk = typeof import("@aws-sdk/client-s3");

function openClient(sdk: Sdk, settings: S3StoreSettings): S3Client {
  return new sdk.S3Client({
    // Credentials are the SDK's own chain: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a role.
    region: settings.region ?? "us-east-1",
    // Servers other than AWS (MinIO, Ceph, Garage…) are reached as endpoint/bucket/key: they seldom
    // have a DNS name per bucket.
    ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    // Checksums only where S3 requires them: the SDK's newer default (CRC32 trailers on every
    // upload) is refused by many S3-compatible servers, and TLS and Content-Length already guard the bytes.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

export function s3MediaStore(settings: S3StoreSettings): MediaStore {
  const { bucket, prefix } = settings;
  const description = describeS3Location(settings);
  // The SDK is loaded on first use: a site on its folder never pays its start-up time and memory.
  let connection: Promise<{ sdk: Sdk; s3: S3Client }> | null = null;
  const connect = () => (connection ??= import("@aws-sdk/client-s3").then((sdk) => ({ sdk, s3: openClient(sdk, settings) })));
  const objectKey = (key: string) => (prefix ? `${prefix}/${checkedMediaKey(key)}` : checkedMediaKey(key));
  const listPrefix = prefix ? `${prefix}/` : "";

  /** Missing is null; any other failure (the bucket unreachable, refused) is logged and null too. */
  async function orMissing<T>(key: string, read: (objectKey: string, sdk: Sdk, s3: S3Client) => Promise<T | null>): Promise<T | null> {
    const name = objectKey(key);
    try {
      const { sdk, s3 } = await connect();
      return await read(name, sdk, s3);
    } catch (error) {
      if (!isMissing(error)) console.error(`The media object ${name} of ${description} could not be read`, error);
      return null;
    }
  }

  async function* list(): AsyncGenerator<string> {
    const { sdk, s3 } = await connect();
    let token: string | undefined;
    do {
      const page = await s3.send(new sdk.ListObjectsV2Command({ Bucket: bucket, Prefix: listPrefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        const key = (object.Key ?? "").slice(listPrefix.length);
        // A folder marker some consoles create ("van-ban/"), or a name no code of ours writes.
        if (mediaKeyProblem(key) === null) yield key;
        else if (!key.endsWith("/")) console.warn(`Bỏ qua đối tượng “${object.Key}” trong ${description}: tên không phải của Bản tin.`);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  return {
    description,
    localRoot: null,
    async put(key, body, contentType) {
      const Key = objectKey(key);
      const { sdk, s3 } = await connect();
      if (Buffer.isBuffer(body)) {
        await s3.send(new sdk.PutObjectCommand({ Bucket: bucket, Key, Body: body, ContentType: contentType, ContentLength: body.length }));
        return;
      }
      // A file is streamed with its length given: a document of 20 MB never sits in memory whole.
      const { size } = await fsp.stat(body.file);
      await s3.send(new sdk.PutObjectCommand({ Bucket: bucket, Key, Body: fs.createReadStream(body.file), ContentType: contentType, ContentLength: size }));
    },
    read: (key) =>
      orMissing(key, async (Key, sdk, s3) => {
        const object = await s3.send(new sdk.GetObjectCommand({ Bucket: bucket, Key }));
        if (!object.Body) return null;
        return Buffer.from(await object.Body.transformToByteArray());
      }),
    stream: (key) =>
      orMissing(key, async (Key, sdk, s3) => {
        const object = await s3.send(new sdk.GetObjectCommand({ Bucket: bucket, Key }));
        if (!object.Body) return null;
        if (object.ContentLength === undefined) {
          // Every S3 server sends Content-Length on a plain GET; without it the download could not say its size.
          (object.Body as Readable).destroy();
          throw new Error(`${Key} came without Content-Length`);
        }
        return { body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: object.ContentLength };
      }),
    size: (key) =>
      orMissing(key, async (Key, sdk, s3) => {
        const head = await s3.send(new sdk.HeadObjectCommand({ Bucket: bucket, Key }));
        return head.ContentLength ?? null;
      }),
    async remove(key) {
      // S3 answers a deletion of a missing key as a success.
      const Key = objectKey(key);
      const { sdk, s3 } = await connect();
      await s3.send(new sdk.DeleteObjectCommand({ Bucket: bucket, Key }));
    },
    list,
    async copyToFile(key, target) {
      const Key = objectKey(key);
      const { sdk, s3 } = await connect();
      let object;
      try {
        object = await s3.send(new sdk.GetObjectCommand({ Bucket: bucket, Key }));
      } catch (error) {
        if (isMissing(error)) return false; // deleted since it was listed: nothing to keep
        throw error;
      }
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await pipeline(object.Body as Readable, fs.createWriteStream(target));
      return true;
    },
  };
}
