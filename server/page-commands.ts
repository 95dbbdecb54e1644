// The "about" pages' mutations, independent of Next: each checks who asks (editors and admins),
// the input and the tree, then writes, audit entry included, in one transaction. Server actions
// and the autosave route call these; tests call them directly.
import { failure, fieldErrorsOf, type ActionFailure, type ActionResult } from "@/core/action-result";
import { editedPage, fixMarkedFields, type ConflictInfo } from "@/core/editor-save";
import { parentProblem } from "@/core/page-tree";
import { canManagePages } from "@/core/permissions";
import { sanitizeArticleHtml } from "@/core/sanitize";
import type { PageIntent, PageSaveResult, PublicChange } from "@/core/page-save";
import { pageSchema, type PageStatus } from "@/core/schemas/page";
import { neighbourFor } from "@/core/unit-tree";
import { formatShortDateTime } from "@/core/vi-date";
import type { Database, Transaction } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import { menuLabelsPointingAt } from "@/db/queries/menu";
import {
  childPageTitles,
  createPage,
  deletePageRow,
  pageSiblings,
  pageSlugTaken,
  savePageContent,
  setPageStatus,
  writePageOrder,
  type PageContent,
} from "@/db/queries/page-writes";
import type { SessionUser } from "@/db/queries/users";
import { adminPages, editablePage, revisionOfPage, type EditablePage } from "@/db/queries/workspace-pages";
import { atomically } from "./atomically";

/** The refusal every page, action and command of the pages gives to a contributor. */
export const PAGE_MANAGERS_ONLY = "Bạn không có quyền quản lý trang giới thiệu: chỉ biên tập viên và quản trị viên được làm việc này.";

const FIX_FIELDS = fixMarkedFields(editedPage);
const SLUG_TAKEN = "Đường dẫn này đã có trang khác dùng. Hãy chọn đường dẫn khác.";
const slugTaken = failure(FIX_FIELDS, { slug: [SLUG_TAKEN] });
// A second page with the same slug saved at the same moment: the unique index refuses it.
const uniqueFailures = { "pages.slug": slugTaken };

export type PageSaveRequest = {
  pageId: number | null;
  baseVersion: number | null;
  intent: PageIntent;
  fields: Record<string, unknown>;
  /** For the audit log of publications. */
  ip?: string;
};

const mayManage = (user: SessionUser) => canManagePages({ id: user.id, role: user.role, isActive: user.isActive });

async function audit(tx: Transaction, user: SessionUser, action: "page-publish" | "page-unpublish" | "page-delete", title: string, ip: string, now: Date) {
  await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action, target: `Trang: ${title}`, ip, at: now });
}

/** Whether this change is one readers see, and how widely. */
function publicChangeOf(before: Pick<EditablePage, "status" | "title" | "slug" | "parentId"> | null, after: { status: PageStatus; title: string; slug: string; parentId: number | null }): PublicChange {
  const seenBefore = before?.status === "published";
  if (!seenBefore && after.status !== "published") return "none";
  if (!before || before.status !== after.status || before.title !== after.title || before.slug !== after.slug || before.parentId !== after.parentId) return "chrome";
  return "page";
}

function successMessage(intent: PageIntent, now: Date): string {
  const time = formatShortDateTime(now).slice(11);
  if (intent === "autosave") return `Đã tự động lưu lúc ${time}.`;
  if (intent === "publish") return "Đã đăng trang.";
  if (intent === "unpublish") return "Đã gỡ trang khỏi trang công khai.";
  return `Đã lưu lúc ${time}.`;
}

function conflictFailure(current: EditablePage | null): PageSaveResult {
  const conflict: ConflictInfo | null = current && {
    version: current.version,
    title: current.title,
    summary: current.summary,
    bodyHtml: current.bodyHtml,
    updatedByName: current.updatedByName,
    updatedAt: current.updatedAt.toISOString(),
  };
  return {
    ok: false,
    formError: `Trang đã được ${current?.updatedByName ?? "người khác"} lưu lúc ${current ? formatShortDateTime(current.updatedAt) : "vừa rồi"}, sau khi bạn mở. Bản của bạn chưa được lưu và vẫn còn trên trang: hãy so sánh rồi chọn bản giữ lại.`,
    ...(conflict ? { conflict } : {}),
  };
}

/** Every field's problem at once, the slug and the parent checked against the other pages; or the content to write. */
async function checkedContent(tx: Transaction, pageId: number | null, fields: Record<string, unknown>): Promise<{ ok: true; content: PageContent } | ActionFailure> {
  const parsed = pageSchema.safeParse(fields);
  if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  const errors: Record<string, string[]> = {};
  const parent = parentProblem(await adminPages(tx), pageId, input.parentId);
  if (parent) errors.parentId = [parent];
  if (await pageSlugTaken(tx, input.slug, pageId)) errors.slug = [SLUG_TAKEN];
  if (Object.keys(errors).length > 0) return failure(FIX_FIELDS, errors);
  return { ok: true, content: { ...input, bodyHtml: sanitizeArticleHtml(input.bodyHtml) } };
}

/** Save (or autosave) the editor's content and, with "publish" or "unpublish", put the page on the site or take it off. */
export async function savePageCommand(db: Database, user: SessionUser, request: PageSaveRequest, now: Date = new Date()): Promise<PageSaveResult> {
  if (!mayManage(user)) return failure(PAGE_MANAGERS_ONLY);
  return await atomically(
    db,
    async (tx): Promise<PageSaveResult> => {
      const existing = request.pageId === null ? null : await editablePage(tx, request.pageId);
      if (request.pageId !== null && !existing) return failure("Không tìm thấy trang này; có thể trang đã bị xóa.");
      if (request.intent === "unpublish" && existing?.status !== "published") return failure("Trang chưa đăng nên không có gì để gỡ.");
      const checked = await checkedContent(tx, existing?.id ?? null, request.fields);
      if (!checked.ok) return checked;
      const kind = request.intent === "autosave" ? "autosave" : "save";
      let pageId: number;
      let version: number;
      if (!existing) {
        ({ id: pageId, version } = await createPage(tx, checked.content, user.id, kind, now));
      } else {
        const saved = await savePageContent(tx, { id: existing.id, baseVersion: request.baseVersion ?? -1, content: checked.content, savedBy: user.id, kind, now });
        if (!saved.ok) return conflictFailure(await editablePage(tx, existing.id));
        pageId = existing.id;
        version = saved.version;
      }
      const before: PageStatus = existing?.status ?? "draft";
      const status: PageStatus = request.intent === "publish" ? "published" : request.intent === "unpublish" ? "draft" : before;
      if (status !== before) {
        await setPageStatus(tx, pageId, status, user.id, now);
        await audit(tx, user, status === "published" ? "page-publish" : "page-unpublish", checked.content.title, request.ip ?? "", now);
      }
      const publicChange = publicChangeOf(existing, { ...checked.content, status });
      return { ok: true, message: successMessage(request.intent, now), pageId, version, slug: checked.content.slug, status, savedAt: now.toISOString(), publicChange };
    },
    uniqueFailures,
  );
}

/** Puts an earlier revision's text back (as a new save, so nothing is lost either way); the address, parent and contact block stay. */
export async function restorePageRevisionCommand(
  db: Database,
  user: SessionUser,
  request: { pageId: number; revisionId: number; baseVersion: number },
  now: Date = new Date(),
): Promise<ActionResult<{ version: number; publicChange: PublicChange }>> {
  if (!mayManage(user)) return failure(PAGE_MANAGERS_ONLY);
  return await atomically(db, async (tx): Promise<ActionResult<{ version: number; publicChange: PublicChange }>> => {
    const page = await editablePage(tx, request.pageId);
    if (!page) return failure("Không tìm thấy trang này.");
    const revision = await revisionOfPage(tx, page.id, request.revisionId);
    if (!revision) return failure("Không tìm thấy bản lưu này.");
    const { title, summary, bodyHtml, lang } = revision;
    const content: PageContent = { title, summary, bodyHtml, lang, slug: page.slug, parentId: page.parentId, showContacts: page.showContacts };
    const saved = await savePageContent(tx, { id: page.id, baseVersion: request.baseVersion, content, savedBy: user.id, kind: "restore", now });
    if (!saved.ok) return failure("Trang vừa được người khác lưu. Hãy tải lại trang lịch sử rồi khôi phục lại.");
    return { ok: true, message: `Đã khôi phục bản lưu #${revision.version}.`, version: saved.version, publicChange: publicChangeOf(page, { ...content, status: page.status }) };
  });
}

export type Direction = "up" | "down";

/** Moves a page one place up or down among its siblings (the footer and the sub-page lists follow this order). */
export async function movePageCommand(db: Database, user: SessionUser, pageId: number, direction: Direction): Promise<ActionResult<{ publicChange: PublicChange }>> {
  if (!mayManage(user)) return failure(PAGE_MANAGERS_ONLY);
  return await atomically(db, async (tx): Promise<ActionResult<{ publicChange: PublicChange }>> => {
    const page = await editablePage(tx, pageId);
    if (!page) return failure("Không tìm thấy trang này: có thể trang vừa bị xóa.");
    const siblings = await pageSiblings(tx, page.parentId);
    const neighbour = neighbourFor(siblings, pageId, direction);
    if (!neighbour) return { ok: true, message: `“${page.title}” đã ở ${direction === "up" ? "đầu" : "cuối"} danh sách.`, publicChange: "none" };
    await writePageOrder(tx, siblings.map(({ id }) => (id === pageId ? neighbour.id : id === neighbour.id ? pageId : id)));
    return { ok: true, message: `Đã chuyển “${page.title}” ${direction === "up" ? "lên" : "xuống"}.`, publicChange: page.status === "published" ? "chrome" : "none" };
  });
}

/**
 * Deletes a page for good. Refused while pages sit under it (they would lose their place) and
 * while the menu links to it (the link would lead nowhere): the refusal names what is in the way.
 */
export async function deletePageCommand(db: Database, user: SessionUser, pageId: number, ip = "", now: Date = new Date()): Promise<ActionResult<{ publicChange: PublicChange }>> {
  if (!mayManage(user)) return failure(PAGE_MANAGERS_ONLY);
  return await atomically(db, async (tx): Promise<ActionResult<{ publicChange: PublicChange }>> => {
    const page = await editablePage(tx, pageId);
    if (!page) return failure("Không tìm thấy trang này: có thể trang vừa bị xóa.");
    const children = await childPageTitles(tx, pageId);
    if (children.length > 0) {
      return failure(`Trang “${page.title}” còn ${children.length} trang con (${children.map((title) => `“${title}”`).join(", ")}): hãy chuyển các trang con sang trang khác hoặc xóa chúng trước.`);
    }
    const menuLabels = await menuLabelsPointingAt(tx, "page", pageId);
    if (menuLabels.length > 0) {
      return failure(`Trang đang có trong menu (mục ${menuLabels.map((label) => `"${label}"`).join(", ")}): hãy gỡ khỏi menu trước khi xóa.`);
    }
    await deletePageRow(tx, pageId);
    await audit(tx, user, "page-delete", page.title, ip, now);
    return { ok: true, message: `Đã xóa trang “${page.title}”.`, publicChange: page.status === "published" ? "chrome" : "none" };
  });
}
