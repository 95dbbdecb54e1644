// Registering documents (issue 16), independent of Next. Documents follow the articles' workflow
// and the one permission table (core/permissions.ts): editors and admins register and publish;
// a contributor proposes one ("Gửi duyệt") and an editor publishes it. Each save checks who asks,
// the form, the chosen form and issuer, and the version, then writes, audit entry included, in
// one transaction.
import { failure, fieldErrorsOf, type ActionFailure, type ActionResult } from "@/core/action-result";
import { can, refusedSaveStep, type ArticleStatus } from "@/core/permissions";
import { documentSchema, type DocumentInput } from "@/core/schemas/document";
import { uniqueSlug } from "@/core/slug";
import { statusAfter } from "@/core/workflow";
import { formatCalendarDay } from "@/core/vi-date";
import type { Database, Transaction } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import {
  type DocumentContent,
  deleteDocumentRow,
  documentFormExists,
  documentIssuerExists,
  documentState,
  documentsWithNumber,
  insertDocument,
  issuerForUnit,
  issuerNamed,
  setDocumentStatus,
  takenDocumentSlugs,
  updateDocument,
} from "@/db/queries/document-writes";
import type { StoredDocumentFile } from "@/db/queries/document-files";
import { unitById } from "@/db/queries/taxonomy-admin";
import type { SessionUser } from "@/db/queries/users";
import { atomically } from "./atomically";
import type { DocumentFileContext } from "./document-file-commands";
import { removeDocumentFiles } from "./document-storage";

export type DocumentIntent = "save" | "submit" | "publish";

export type DocumentSaveRequest = {
  documentId: number | null;
  baseVersion: number | null;
  intent: DocumentIntent;
  fields: Record<string, unknown>;
  ip?: string;
};

export type DocumentSaveResult =
  | {
      ok: true;
      message: string;
      documentId: number;
      version: number;
      slug: string;
      status: ArticleStatus;
      warnings: string[];
      /** Readers saw it before or see it now: the public register and its page are to be expired. */
      concernsReaders: boolean;
    }
  | ActionFailure;

const FIX_FIELDS = "Hãy sửa các ô được đánh dấu rồi lưu lại.";
const refusals = {
  create: "Tài khoản của bạn không được đăng ký văn bản.",
  edit: "Bạn không có quyền sửa văn bản này.",
  submit: "Không gửi duyệt được văn bản này.",
  publish: "Chỉ biên tập viên và quản trị viên được đăng văn bản.",
  return: "Không trả lại được văn bản này.",
  unpublish: "Chỉ biên tập viên và quản trị viên được gỡ văn bản, và chỉ văn bản đang đăng.",
  delete: "Không xóa được văn bản này: văn bản đang đăng phải được gỡ trước, và cộng tác viên chỉ xóa được bản nháp của mình.",
} as const;
const messages: Record<DocumentIntent, string> = { save: "Đã lưu văn bản.", submit: "Đã gửi văn bản để biên tập viên duyệt.", publish: "Đã đăng văn bản." };

const actorOf = (user: SessionUser) => ({ id: user.id, role: user.role, isActive: user.isActive });

/** The issuer the form chose, made on first use for a unit or a new outside body; null when it is gone. */
async function issuerOf(tx: Transaction, input: DocumentInput): Promise<number | null> {
  if (input.issuer.kind === "unit") return (await unitById(tx, input.issuer.id)) ? issuerForUnit(tx, input.issuer.id) : null;
  if (input.issuer.kind === "body") return (await documentIssuerExists(tx, input.issuer.id)) ? input.issuer.id : null;
  return issuerNamed(tx, input.newIssuer);
}

export async function saveDocumentCommand(db: Database, user: SessionUser, request: DocumentSaveRequest, now: Date = new Date()): Promise<DocumentSaveResult> {
  const parsed = documentSchema.safeParse(request.fields);
  return atomically(db, async (tx): Promise<DocumentSaveResult> => {
    const existing = request.documentId === null ? null : await documentState(tx, request.documentId);
    if (request.documentId !== null && !existing) return failure("Không tìm thấy văn bản này; có thể văn bản đã bị xóa.");
    const workflow = request.intent === "save" ? null : request.intent;
    const refused = refusedSaveStep(actorOf(user), existing, workflow);
    if (refused) return failure(refusals[refused]);
    const next = workflow ? statusAfter(workflow, existing?.status ?? "draft") : null;
    if (workflow && !next) return failure(refusals[workflow]);
    if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
    const input = parsed.data;

    if (!(await documentFormExists(tx, input.formId))) return failure(FIX_FIELDS, { formId: ["Loại văn bản này không còn: hãy chọn lại."] });
    const issuerId = await issuerOf(tx, input);
    if (issuerId === null) return failure(FIX_FIELDS, { issuer: ["Cơ quan ban hành này không còn: hãy chọn lại."] });
    const content: DocumentContent = {
      slug: uniqueSlug(input.slug, await takenDocumentSlugs(tx, input.slug, existing?.id ?? null)),
      formId: input.formId,
      issuerId,
      number: input.number,
      issuedOn: input.issuedOn,
      inForceOn: input.inForceOn,
      ceasesOn: input.ceasesOn,
      signer: input.signer,
      abstract: input.abstract,
      field: input.field,
      legalStatus: input.legalStatus,
    };
    // Registered twice by mistake, or a number reused on purpose: the editor is told, and decides.
    const sameNumber = await documentsWithNumber(tx, content, existing?.id ?? null);
    const warnings = sameNumber.map((abstract) => `Số ${content.number} năm ${content.issuedOn.year} đã có văn bản cùng loại: “${abstract}”. Hãy kiểm tra xem có đăng ký trùng không.`);

    let documentId: number;
    let version: number;
    if (!existing) ({ id: documentId, version } = await insertDocument(tx, content, user.id, "draft", now));
    else {
      const saved = await updateDocument(tx, existing.id, request.baseVersion ?? -1, content, user.id, now);
      if (saved === null) return failure("Có người khác vừa lưu văn bản này. Hãy tải lại trang để xem bản mới nhất; nội dung bạn nhập vẫn còn trên trang.");
      ({ id: documentId } = existing);
      version = saved;
    }
    const status = next ?? existing?.status ?? "draft";
    if (next) {
      await setDocumentStatus(tx, documentId, next, next === "published" ? (existing?.publishedAt ?? now) : (existing?.publishedAt ?? null));
      if (next === "published") {
        await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "document-publish", target: `Văn bản: ${content.number || content.abstract}`, detail: `Ban hành ${formatCalendarDay(content.issuedOn)}`, ip: request.ip ?? "", at: now });
      }
    }
    const concernsReaders = existing?.status === "published" || status === "published";
    return { ok: true, message: messages[request.intent], documentId, version, slug: content.slug, status, warnings, concernsReaders };
  });
}

/** "Gỡ văn bản": off the public register, kept for the editors. */
export async function unpublishDocumentCommand(db: Database, user: SessionUser, documentId: number, ip = ""): Promise<ActionResult> {
  return atomically(db, async (tx): Promise<ActionResult> => {
    const existing = await documentState(tx, documentId);
    if (!existing) return failure("Không tìm thấy văn bản này; có thể văn bản đã bị xóa.");
    const next = statusAfter("unpublish", existing.status);
    if (!can(actorOf(user), "unpublish", existing) || !next) return failure(refusals.unpublish);
    await setDocumentStatus(tx, documentId, next, existing.publishedAt);
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "document-unpublish", target: `Văn bản: ${existing.label}`, ip });
    return { ok: true, message: "Đã gỡ văn bản khỏi trang công khai." };
  });
}

/**
 * Deletes a document for good (a published one must be taken down first). Its files (and their
 * previews) are removed once the rows are gone, as images are; `removedFiles` names them.
 */
export async function deleteDocumentCommand(db: Database, user: SessionUser, documentId: number, context: DocumentFileContext & { ip?: string }): Promise<ActionResult<{ removedFiles: string[] }>> {
  const result = await atomically(db, async (tx): Promise<ActionResult<{ stored: StoredDocumentFile[] }>> => {
    const existing = await documentState(tx, documentId);
    if (!existing) return failure("Không tìm thấy văn bản này; có thể văn bản đã bị xóa.");
    if (!can(actorOf(user), "delete", existing)) return failure(refusals.delete);
    const stored = await deleteDocumentRow(tx, documentId);
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "document-delete", target: `Văn bản: ${existing.label}`, ip: context.ip ?? "" });
    return { ok: true, stored };
  });
  if (!result.ok) return result;
  const removedFiles = await removeDocumentFiles(context.store, result.stored, context.reportError ?? console.error);
  return { ok: true, message: "Đã xóa văn bản.", removedFiles };
}
