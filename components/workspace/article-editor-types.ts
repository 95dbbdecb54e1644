import type { DateTimeText } from "@/components/ui/date-time-field";
import type { ImageSources } from "@/core/media-files";
import type { ActionFailure, ActionResult } from "@/core/action-result";
import type { SaveResult } from "@/core/article-save";
import type { ArticleStatus } from "@/core/permissions";
import type { AlbumChoice, DocumentChoice } from "@/core/article-links";
import type { ArticleContent } from "@/db/queries/article-writes";

/** What the article links to below its text, as the editor shows it: "Văn bản liên quan" in order, and "Xem thêm ảnh". */
export type EditorLinks = { documents: DocumentChoice[]; album: AlbumChoice | null };

/** The fields the editor edits, with the cover's image for showing it, and the links saved with them. */
export type EditorFields = ArticleContent & { cover: ImageSources | null } & EditorLinks;

/** What the editor page hands to the client: plain fields, never a database row. */
export type EditorArticle = EditorFields & {
  id: number;
  version: number;
  status: ArticleStatus;
  /** ISO instant, or null. */
  publishedAt: string | null;
  /** The same instant as "30/11/2026" and "16:50" in Vietnam time, for the date and time fields. */
  publishAtText: DateTimeText;
  reviewComment: string;
  authorName: string | null;
};

export type EditorOptions = {
  categories: { id: number; name: string }[];
  units: { id: number; name: string }[];
  series: { id: number; title: string }[];
};

export type EditorPermissions = {
  canEdit: boolean;
  canSubmit: boolean;
  canPublish: boolean;
  canUnpublish: boolean;
  canReturn: boolean;
  canDelete: boolean;
  canFeature: boolean;
  canViewHistory: boolean;
  /** Contributors write for their own unit. */
  canChooseUnit: boolean;
};

/** The server actions the editor calls, handed down by its page (components never import app/). */
export type EditorActions = {
  save: (formData: FormData) => Promise<SaveResult | ActionFailure>;
  remove: (formData: FormData) => Promise<ActionResult | ActionFailure>;
};
