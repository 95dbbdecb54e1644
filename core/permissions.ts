import { statusAfter, type WorkflowAction } from "./workflow";

export const roles = ["admin", "editor", "contributor"] as const;
export type Role = (typeof roles)[number];
export const articleStatuses = ["draft", "pending", "published", "unpublished"] as const;
export type ArticleStatus = (typeof articleStatuses)[number];
export type Actor = { id: number; role: Role; isActive: boolean };
export type ArticleRef = { createdBy: number | null; status: ArticleStatus };

export const articleActions = [
  "view", // open it in the workspace (and its preview)
  "edit", // change its content (title, body, photos, category, unit, series, byline, slug)
  "submit", // "Gửi duyệt": send a draft for review
  "publish", // "Xuất bản": publish now or schedule (a future publish time)
  "unpublish", // "Gỡ bài": take a published article down
  "return", // send a pending article back to its author with a required comment
  "delete", // delete for good
  "viewHistory", // see its revisions and compare them
  "restore", // restore an earlier revision (this is an edit)
  "feature", // mark it as featured on the home page (nổi bật), or clear the mark
] as const;
export type ArticleAction = (typeof articleActions)[number];

type StatusRule = (status: ArticleStatus) => boolean;

const always: StatusRule = () => true;
const never: StatusRule = () => false;
// The workflow limits come from statusAfter, so a button and its transition never disagree.
const whenWorkflowAllows =
  (action: WorkflowAction): StatusRule =>
  (status) =>
    statusAfter(action, status) !== null;

// Editors and admins, on anyone's article.
const staffRules: Record<ArticleAction, StatusRule> = {
  view: always,
  edit: always,
  submit: whenWorkflowAllows("submit"),
  publish: whenWorkflowAllows("publish"),
  unpublish: whenWorkflowAllows("unpublish"),
  return: whenWorkflowAllows("return"),
  // A published article must be taken down first, so nothing leaves the public site by accident.
  delete: (status) => status !== "published",
  viewHistory: always,
  restore: always,
  // Any status: the home page only shows published articles, a draft may be lined up in
  // advance, and the mark must stay clearable on an article that was taken down.
  feature: always,
};

// Contributors, on their own articles only; once published the article is the editors'.
const isWorkInProgress: StatusRule = (status) => status === "draft" || status === "pending";
const contributorOwnRules: Record<ArticleAction, StatusRule> = {
  view: always,
  edit: isWorkInProgress,
  submit: whenWorkflowAllows("submit"),
  publish: never,
  unpublish: never,
  return: never,
  delete: (status) => status === "draft",
  viewHistory: always,
  restore: isWorkInProgress,
  feature: never,
};

/** Editors and admins work on every article; contributors (cộng tác viên) only on their own. */
export function isStaffRole(role: Role): boolean {
  return role === "admin" || role === "editor";
}

// Fails closed: no rule table for a signed-out, disabled or unknown-role actor.
function rulesFor(actor: Actor | null, article: ArticleRef): Record<ArticleAction, StatusRule> | null {
  if (actor === null || !actor.isActive) return null;
  if (isStaffRole(actor.role)) return staffRules;
  if (actor.role === "contributor" && article.createdBy === actor.id) return contributorOwnRules;
  return null;
}

export function can(actor: Actor | null, action: ArticleAction, article: ArticleRef): boolean {
  const rules = rulesFor(actor, article);
  // hasOwn: a stray action name such as "constructor" must not find Object.prototype's.
  if (rules === null || !Object.hasOwn(rules, action)) return false;
  return rules[action](article.status);
}

export function canCreateArticle(actor: Actor | null): boolean {
  if (actor === null || !actor.isActive) return false;
  return isStaffRole(actor.role) || actor.role === "contributor";
}

/**
 * The first step of a save this actor may not take, on an article or a document (`work` is null
 * for a new one): "create", "edit", or the workflow step the save asks for; null when all are allowed.
 */
export function refusedSaveStep(actor: Actor | null, work: ArticleRef | null, workflow: WorkflowAction | null): "create" | "edit" | WorkflowAction | null {
  if (!work && !canCreateArticle(actor)) return "create";
  const ref = work ?? { createdBy: actor?.id ?? null, status: "draft" as const };
  if (!can(actor, "edit", ref)) return "edit";
  if (workflow && !can(actor, workflow, ref)) return workflow;
  return null;
}

/** Whether the review queue (and its badge) is theirs to work through. */
export function canPublishAnything(actor: Actor | null): boolean {
  return actor !== null && actor.isActive && isStaffRole(actor.role);
}

/**
 * The pages of the "about" section (Giới thiệu, Liên hệ…): editors and admins write and publish
 * them; contributors do not, since a page speaks for the whole union.
 */
export function canManagePages(actor: Actor | null): boolean {
  return actor !== null && actor.isActive && isStaffRole(actor.role);
}

/**
 * Changing an image in the library (its description and credit) or deleting it: editors and admins
 * any image; a contributor only an image they uploaded, since others' photos may be someone's work
 * in progress. An image whose uploader's account was deleted (uploadedBy null) is the editors'.
 */
export function canChangeMedia(actor: Actor | null, image: { uploadedBy: number | null }): boolean {
  if (actor === null || !actor.isActive) return false;
  if (isStaffRole(actor.role)) return true;
  return actor.role === "contributor" && image.uploadedBy === actor.id;
}

/**
 * The photo albums and videos (Thư viện ảnh, Video; issue 16), in the same shape as the articles'
 * table: editors and admins create and work on every one; contributors do not. An album is a
 * public report of the union's events built from many people's photos, with no review step of its
 * own, so it is the editors' work as the about pages are; a contributor's photos reach an album
 * through the media library, where an editor picks them up. A video speaks for the union the same way.
 */
export const galleryActions = ["create", "edit", "publish", "unpublish", "delete"] as const;
export type GalleryAction = (typeof galleryActions)[number];

const galleryRules: Record<GalleryAction, StatusRule> = {
  create: always,
  edit: always,
  publish: whenWorkflowAllows("publish"),
  unpublish: whenWorkflowAllows("unpublish"),
  // Like an article: a published album is taken down ("Gỡ album") before it can be deleted.
  delete: (status) => status !== "published",
};

/** May this actor take this step on an album or a video (`album` null for "create")? */
export function canOnGallery(actor: Actor | null, action: GalleryAction, album: { status: ArticleStatus } | null): boolean {
  if (actor === null || !actor.isActive || !isStaffRole(actor.role)) return false;
  if (!Object.hasOwn(galleryRules, action)) return false;
  return galleryRules[action](album?.status ?? "draft");
}

/** Whether the albums are theirs to manage at all (the workspace's album pages and their link). */
export function canManageAlbums(actor: Actor | null): boolean {
  return canOnGallery(actor, "create", null);
}

/** Whether the videos are theirs to manage: the albums' rule (the workspace's video pages and their link). */
export const canManageVideos = canManageAlbums;

/** The refusal every album page, action and command gives to a contributor. */
export const ALBUM_MANAGERS_ONLY = "Chỉ biên tập viên và quản trị viên được quản lý album ảnh.";

/** Who may change or delete an image, in the refusal every action and command gives to anyone else. */
export const MEDIA_NOT_YOURS = "Bạn không có quyền sửa hoặc xóa ảnh này: cộng tác viên chỉ sửa, xóa được ảnh do chính mình tải lên.";

/**
 * The documents register's lists (the forms, "loại văn bản", and the outside issuing bodies):
 * admins only, as for units and categories, since a renamed entry changes every document naming it.
 */
export function canManageDocumentLists(actor: Actor | null): boolean {
  return actor !== null && actor.isActive && actor.role === "admin";
}

/** An admin disables other accounts, never their own: they would lock themselves out mid-task. */
export function canDisableAccount(actor: Actor | null, account: { id: number }): boolean {
  return actor !== null && actor.isActive && actor.role === "admin" && actor.id !== account.id;
}

/** The actions this actor may take on this article, in a stable order (for the UI's buttons). */
export function allowedActions(actor: Actor | null, article: ArticleRef): ArticleAction[] {
  return articleActions.filter((action) => can(actor, action, article));
}

export const roleLabels: Record<Role, string> = {
  admin: "Quản trị viên",
  editor: "Biên tập viên",
  contributor: "Cộng tác viên",
};

/** The refusal every admin-only page, action and command gives to anyone else. */
export const ADMIN_ONLY = "Chỉ quản trị viên được làm việc này.";
