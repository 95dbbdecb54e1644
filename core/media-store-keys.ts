// The names under which media files are stored (keys), whichever store holds them: the local folder
// (MEDIA_DIR) or an S3-compatible bucket (MEDIA_STORE=s3://bucket/prefix). A key is the path
// relative to the folder as it always was: "ab12-960.webp", "van-ban/ab12.pdf".
import { DOCUMENT_FILE_KINDS } from "./document-files";

export type S3Location = { bucket: string; prefix: string };

// S3's rules for a bucket created today: 3–63 lower-case letters, digits, dots and hyphens, a
// letter or digit at each end, and no look of an IP address (which virtual-host addressing breaks).
const bucketPattern = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const ipLike = /^\d+\.\d+\.\d+\.\d+$/;

const EXAMPLE = "ví dụ s3://anh-ban-tin hoặc s3://anh-ban-tin/media";

/**
 * `s3://bucket` or `s3://bucket/prefix` read back, or why it is not one, in Vietnamese for the
 * person setting MEDIA_STORE. The prefix loses its outer slashes ("s3://b/media/" → "media").
 */
export function parseS3Location(value: string): { ok: true; location: S3Location } | { ok: false; problem: string } {
  const match = /^s3:\/\/([^/]*)(?:\/(.*))?$/.exec(value.trim());
  if (!match) return { ok: false, problem: `phải có dạng s3://tên-bucket hoặc s3://tên-bucket/thư-mục (${EXAMPLE})` };
  const bucket = match[1] ?? "";
  if (!bucketPattern.test(bucket) || bucket.includes("..") || ipLike.test(bucket)) {
    return { ok: false, problem: `tên bucket “${bucket}” không hợp lệ: 3–63 ký tự gồm chữ thường không dấu, chữ số, dấu chấm, dấu gạch ngang (${EXAMPLE})` };
  }
  const prefix = (match[2] ?? "").replace(/^\/+|\/+$/g, "");
  if (prefix !== "" && mediaKeyProblem(prefix) !== null) {
    return { ok: false, problem: `thư mục “${prefix}” trong bucket không hợp lệ: không được có “..”, “//”, dấu \\ hay khoảng trắng ở đầu, cuối (${EXAMPLE})` };
  }
  return { ok: true, location: { bucket, prefix } };
}

/** "s3://bucket/prefix" as people write it, for messages. */
export function describeS3Location({ bucket, prefix }: S3Location): string {
  return prefix ? `s3://${bucket}/${prefix}` : `s3://${bucket}`;
}

/**
 * Null for a key a store may hold; otherwise why not. Keys come from our own code (random storage
 * keys), but a store refuses anything that could reach outside its folder or prefix whatever its caller
 * forgot: "..", a leading "/", a backslash, an empty segment or a control character.
 */
export function mediaKeyProblem(key: string): string | null {
  if (key === "") return "empty key";
  if (key.includes("..")) return `key ${JSON.stringify(key)} contains ".."`;
  if (key.startsWith("/")) return `key ${JSON.stringify(key)} starts with "/"`;
  if (key.includes("\\") || key.includes("//") || key.endsWith("/")) return `key ${JSON.stringify(key)} has an empty segment or a backslash`;
  if (/[\u0000-\u001f\u007f]/.test(key) || key.trim() !== key) return `key ${JSON.stringify(key)} has control characters or outer spaces`;
  return null;
}

const imageTypes: Record<string, string> = { webp: "image/webp", jpg: "image/jpeg" };

/** The Content-Type a stored file is kept and served with, from its extension. */
export function mediaContentType(key: string): string {
  const extension = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
  return imageTypes[extension] ?? (DOCUMENT_FILE_KINDS as Record<string, { mime: string } | undefined>)[extension]?.mime ?? "application/octet-stream";
}

/** A key a store refuses (mediaKeyProblem): a bug of its caller, never a reader's request. */
export class InvalidMediaKey extends Error {}

/** The key itself when a store may hold it; InvalidMediaKey otherwise. */
export function checkedMediaKey(key: string): string {
  const problem = mediaKeyProblem(key);
  if (problem) throw new InvalidMediaKey(problem);
  return key;
}
