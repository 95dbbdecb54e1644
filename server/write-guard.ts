// Every request that changes something is refused when a page of another site (or of another port
// of this host) sent it, so a reader's or an editor's signed-in browser cannot be made to write for
// someone else (core/request-origin.ts). Route handlers call refuseForeignWrite() on their first
// line; proxy.ts refuses the same for server actions, and checks their bodies.
import { isReplyJsonField, MALFORMED_ACTION_MESSAGE, replyJsonProblem } from "@/core/action-body";
import { actionBodyTooLargeMessage, MAX_ACTION_BODY_BYTES } from "@/core/request-limits";
import { foreignOriginMessage, isForeignOrigin, mediaTypeOf } from "@/core/request-origin";
import { env } from "./env";
import { privateJson } from "./private-answers";

const siteOrigin = new URL(env.SITE_URL).origin;

const expectedTypeMessages: Record<string, string> = {
  "application/json": "Yêu cầu này phải gửi dữ liệu dạng JSON (Content-Type: application/json).",
  "multipart/form-data": "Ảnh phải được gửi bằng biểu mẫu tải tệp (Content-Type: multipart/form-data).",
};

export type Refusal = { status: 400 | 403 | 413 | 415; message: string };

/** Why a write must be refused before anything else is read, or null: a foreign page, or the wrong Content-Type. */
export function writeRefusal(request: Request, expectedMediaType?: keyof typeof expectedTypeMessages): Refusal | null {
  const headers = { origin: request.headers.get("origin"), secFetchSite: request.headers.get("sec-fetch-site") };
  if (isForeignOrigin(headers, siteOrigin)) return { status: 403, message: foreignOriginMessage(siteOrigin) };
  if (expectedMediaType && mediaTypeOf(request.headers.get("content-type")) !== expectedMediaType) {
    return { status: 415, message: expectedTypeMessages[expectedMediaType] ?? "Kiểu dữ liệu gửi lên không đúng." };
  }
  return null;
}

/** For route handlers: the JSON answer to a refused write, or null to go on. */
export function refuseForeignWrite(request: Request, expectedMediaType?: keyof typeof expectedTypeMessages): Response | null {
  const refusal = writeRefusal(request, expectedMediaType);
  return refusal ? privateJson({ ok: false, error: refusal.message, formError: refusal.message }, refusal.status) : null;
}

async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * A server action's body that Next would fail on with a 500 (over its size limit, not decodable,
 * nested thousands deep) gets a 4xx in Vietnamese instead. Reads the body proxy.ts was given.
 */
export async function actionBodyRefusal(request: Request): Promise<Refusal | null> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (declared > MAX_ACTION_BODY_BYTES) return { status: 413, message: actionBodyTooLargeMessage(declared) };
  const bytes = await readAtMost(request.body, MAX_ACTION_BODY_BYTES);
  if (bytes === null) return { status: 413, message: actionBodyTooLargeMessage(null) };
  const malformed: Refusal = { status: 400, message: MALFORMED_ACTION_MESSAGE };
  // Our pages' JavaScript names the action in a header; a form posted without it names it in a field.
  const ownForms = request.headers.has("next-action");
  const contentType = request.headers.get("content-type");
  if (mediaTypeOf(contentType) === "multipart/form-data") {
    const form = await new Response(bytes, { headers: { "content-type": contentType ?? "" } }).formData().catch(() => null);
    if (!form || (ownForms && !form.has("0"))) return malformed;
    for (const [name, value] of form.entries()) {
      if (typeof value === "string" && isReplyJsonField(name) && replyJsonProblem(value, { ownForms })) return malformed;
    }
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return malformed;
  }
  return replyJsonProblem(text, { ownForms }) ? malformed : null;
}
