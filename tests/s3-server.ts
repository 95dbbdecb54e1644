// A real S3 server for the tests: s3rver speaks the S3 protocol over HTTP and keeps the objects in a
// folder. No S3 server installs from Debian's packages here, and the store's code must not know
// which server it talks to, so the tests talk to it through the same SDK and settings as AWS's.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";

export type TestS3 = {
  /** The environment a site would be given for it (AWS_* and MEDIA_STORE for the first bucket). */
  env: Record<string, string>;
  endpoint: string;
  bucket: string;
  client: S3Client;
  /** A new empty bucket; its name. */
  createBucket(name: string): Promise<string>;
  /** Every object key of a bucket, sorted. */
  keysOf(bucket: string): Promise<string[]>;
  stop(): Promise<void>;
};

const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

/** Starts s3rver on a free loopback port with its folder under a temporary one, and creates `bucket`. */
export async function startTestS3(bucket = "anh-ban-tin"): Promise<TestS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-s3-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, directory, silent: true });
  // eslint-disable-next-line no-restricted-syntax -- s3rver's start, not a SQLite statement
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({ endpoint, region: "us-east-1", forcePathStyle: true, credentials: CREDENTIALS });
  const createBucket = async (name: string) => {
    await client.send(new CreateBucketCommand({ Bucket: name }));
    return name;
  };
  await createBucket(bucket);
  return {
    env: {
      MEDIA_STORE: `s3://${bucket}`,
      AWS_ENDPOINT_URL: endpoint,
      AWS_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    },
    endpoint,
    bucket,
    client,
    createBucket,
    async keysOf(name) {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: name, ContinuationToken: token }));
        keys.push(...(page.Contents ?? []).map((object) => object.Key ?? ""));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return keys.sort();
    },
    async stop() {
      client.destroy();
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
