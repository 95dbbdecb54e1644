"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { DateTimeField } from "@/components/ui/date-time-field";
import { Input, Label, Select, TextArea } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import type { SaveIntent } from "@/core/article-save";
import { editedArticle } from "@/core/editor-save";
import { publishChecklist } from "@/core/publish-checklist";
import type { ArticleStatus } from "@/core/permissions";
import { readTypedDateTime, toVietnamDateTimeText } from "@/core/vi-date";
import { statusLabels } from "@/core/workflow";
import type { EditorActions, EditorArticle, EditorOptions, EditorPermissions } from "./article-editor-types";
import { articleSaveTarget } from "./article-save-target";
import { SaveProblems, SaveStatusLine } from "./conflict-panel";
import { AlbumLinkField } from "./album-link-field";
import { ContentFields } from "./content-fields";
import { CoverField } from "./cover-field";
import { PublishChecklistNotes } from "./publish-checklist-notes";
import { RelatedDocumentsField } from "./related-documents-field";
import { FieldError } from "@/components/ui/field-error";
import { useEditorSaving, type SaveOptions } from "./use-editor-saving";
import { useImagePicking } from "./use-image-picking";

type ArticleEditorProps = {
  article: EditorArticle | null;
  defaults: { categoryId: number; unitId: number };
  options: EditorOptions;
  /** What the person may do, for each status the article may reach while the page is open. */
  permissions: Record<ArticleStatus, EditorPermissions>;
  actions: EditorActions;
};

/** Where readers find a published article. */
const livePath = (slug: string) => `/tin-tuc/${slug}`;

const NEW_DRAFT: ArticleStatus = "draft";

export function ArticleEditor({ article, defaults, options, permissions: permissionsByStatus, actions }: ArticleEditorProps) {
  const router = useRouter();
  const { fields, update, savedId: articleId, status, dirty, message, formError, setFormError, fieldErrors, conflict, save, close } = useEditorSaving({
    target: articleSaveTarget,
    saved: article,
    initialFields: article ?? { title: "", slug: "", summary: "", bodyHtml: "", coverMediaId: null, cover: null, coverCaption: "", byline: "", seriesId: null, seriesPart: null, isFeatured: false, documents: [], album: null, ...defaults },
    initialStatus: NEW_DRAFT,
    save: actions.save,
  });
  const { pickImage, uploadImage, picker } = useImagePicking(setFormError);
  const [publishAt, setPublishAt] = useState(article?.publishAtText ?? { date: "", time: "" });
  const [comment, setComment] = useState("");
  const [returning, setReturning] = useState(false);
  const [pending, startTransition] = useTransition();
  const [now, setNow] = useState(() => Date.now());
  // Set by a publish in this page: the notice with the live article's address.
  const [wentLive, setWentLive] = useState<{ slug: string; scheduled: boolean } | null>(null);
  const { confirm, dialog } = useConfirm();
  const permissions = permissionsByStatus[status];
  const heading = articleId === null ? "Viết bài mới" : `${status === "published" ? "Sửa bài đã đăng" : "Sửa bài"}${article?.authorName ? ` của ${article.authorName}` : ""}`;

  // "Xuất bản" becomes "Hẹn giờ đăng" for a time still ahead; the clock moves on while the page is open.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);

  const run = (intent: SaveIntent, options: SaveOptions = {}) =>
    startTransition(async () => {
      const saved = await save(intent, options);
      if (saved?.publishedAt) setPublishAt(toVietnamDateTimeText(new Date(saved.publishedAt)));
      if (saved && intent === "return") setReturning(false);
      // The clock is read again: the one kept for the button moves only every 15 seconds.
      setNow(Date.now());
      if (saved) setWentLive(intent === "publish" && saved.status === "published" ? { slug: saved.slug, scheduled: Date.parse(saved.publishedAt ?? "") > Date.now() } : null);
    });
  const unpublish = async () => {
    const question = {
      title: "Gỡ bài này khỏi trang web?",
      body: <>Bạn đọc sẽ không mở được bài ở địa chỉ <strong>{livePath(fields.slug)}</strong> nữa; bài rời trang chủ, chuyên mục và kết quả tìm kiếm. Nội dung vẫn được giữ, có thể xuất bản lại.</>,
      confirmLabel: "Gỡ bài",
    };
    if (await confirm(question)) run("unpublish");
  };
  const remove = async () => {
    const question = { title: "Xóa hẳn bài này?", body: <>Bài <strong>“{fields.title || "chưa có tiêu đề"}”</strong> cùng mọi bản lưu của nó sẽ bị xóa vĩnh viễn. Không thể hoàn tác.</>, confirmLabel: "Xóa hẳn bài" };
    if (!(await confirm(question)) || !articleId) return;
    const data = new FormData();
    data.set("articleId", String(articleId));
    const result = await actions.remove(data);
    if (!result.ok) return setFormError(result.formError ?? "Chưa xóa được bài.");
    close();
    router.push("/quan-tri");
  };
  const typedPublishAt = readTypedDateTime(publishAt.date, publishAt.time);
  const scheduled = (typedPublishAt.ok ? typedPublishAt.at?.getTime() ?? 0 : 0) > now;
  // The server reads "30/11/2026 16:50" as Vietnam time, and an empty value as "now".
  const publishAtValue = `${publishAt.date.trim()} ${publishAt.time.trim()}`.trim();
  const error = (name: string) => fieldErrors[name];

  return (
    <div className="space-y-4 pb-20 lg:pb-0">
      <h1 className="text-2xl font-bold text-brand-900">{heading}</h1>
      {wentLive && status === "published" && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-sm text-green-900">
          {wentLive.scheduled ? "Bài sẽ tự lên trang đúng giờ đã hẹn, ở địa chỉ " : "Bài đã lên trang. Bạn đọc xem tại "}
          <a href={livePath(wentLive.slug)} target="_blank" rel="noreferrer" className="font-semibold underline">{livePath(wentLive.slug)}</a>
        </p>
      )}
      {article?.reviewComment && status === "draft" && (
        <section aria-labelledby="nhan-xet" className="rounded border-l-4 border-amber-500 bg-amber-50 p-4">
          <h2 id="nhan-xet" className="font-semibold text-amber-900">Nhận xét của biên tập viên</h2>
          <p className="mt-1 whitespace-pre-wrap text-amber-950">{article.reviewComment}</p>
        </section>
      )}
      <SaveProblems thing={editedArticle} conflict={conflict} formError={formError} mine={fields} onKeepMine={() => run("save", { baseVersion: conflict?.version })} onClose={close} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <ContentFields
          fields={fields}
          onChange={update}
          errors={fieldErrors}
          slugPrefix="/tin-tuc/"
          slugHelp="Tạo từ tiêu đề; đổi đường dẫn của bài đã đăng thì địa chỉ cũ vẫn chuyển tới bài."
          summaryLabel="Tóm tắt (sapo)"
          slugFollowsTitle={status === "draft"}
          pickImage={pickImage}
          uploadImage={uploadImage}
        />

        <aside className="space-y-4" aria-label="Đăng bài">
          <Panel>
            <p className="text-sm">
              Trạng thái: <strong>{scheduled && status === "published" ? "Hẹn giờ" : statusLabels[status]}</strong>
            </p>
            <SaveStatusLine pending={pending} dirty={dirty} message={message} />
            {permissions.canPublish && (
              <div className="mt-3 space-y-3 border-t border-neutral-200 pt-3">
                <DateTimeField
                  id="publishAt"
                  legend="Thời gian đăng (giờ Việt Nam)"
                  value={publishAt}
                  onChange={(next) => { setPublishAt(next); setNow(Date.now()); }}
                  hint="Để trống: đăng ngay. Nhập giờ sau hiện tại: bài tự xuất hiện đúng giờ."
                  errors={error("publishAt")}
                />
                {status !== "published" && (
                  <PublishChecklistNotes warnings={publishChecklist({ ...fields, cover: fields.cover && { alt: fields.cover.alt, caption: fields.coverCaption } })} />
                )}
              </div>
            )}
            {/* On a phone the aside comes after the whole article: its main buttons stay at the bottom of the screen. */}
            <div role="group" aria-label="Lưu và đăng bài" data-bottom-bar className="fixed inset-x-0 bottom-0 z-30 flex gap-2 border-t border-neutral-300 bg-white p-2 shadow-[0_-2px_6px_rgb(0_0_0/0.12)] lg:static lg:mt-3 lg:flex-wrap lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none">
              <Button onClick={() => run("save")} disabled={pending} className="flex-1 lg:flex-none">
                {status === "draft" ? "Lưu nháp" : "Lưu thay đổi"}
              </Button>
              {permissions.canSubmit && status === "draft" && (
                <button type="button" onClick={() => run("submit")} disabled={pending} className="flex-1 rounded bg-amber-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60 lg:flex-none">
                  Gửi duyệt
                </button>
              )}
              {permissions.canPublish && (
                <Button variant="publish" onClick={() => run("publish", { extra: { publishAt: publishAtValue } })} disabled={pending} className="flex-1 lg:w-full">
                  {scheduled ? "Hẹn giờ đăng" : status === "published" ? "Cập nhật giờ đăng" : "Xuất bản"}
                </Button>
              )}
            </div>
            {permissions.canUnpublish && status === "published" && (
              <Button variant="danger" onClick={() => void unpublish()} disabled={pending} className="mt-2 w-full">
                Gỡ bài
              </Button>
            )}
            {permissions.canReturn && status === "pending" && (
              <div className="mt-3 border-t border-neutral-200 pt-3">
                {!returning ? (
                  <button type="button" onClick={() => setReturning(true)} className="w-full rounded border border-amber-700 px-4 py-2 text-sm font-semibold text-amber-900">Trả lại cho tác giả</button>
                ) : (
                  <>
                    <Label htmlFor="comment">Nhận xét cho tác giả (bắt buộc)</Label>
                    <TextArea id="comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} aria-describedby="comment-error" />
                    <FieldError id="comment-error" messages={error("comment")} />
                    <button type="button" onClick={() => run("return", { extra: { comment } })} disabled={pending} className="mt-2 w-full rounded bg-amber-700 px-4 py-2 text-sm font-semibold text-white">Gửi nhận xét và trả lại</button>
                  </>
                )}
              </div>
            )}
            {articleId && (
              <p className="mt-3 flex flex-wrap gap-3 text-sm">
                <a href={`/xem-truoc/${articleId}`} data-shows-edited target="_blank" rel="noreferrer" className="text-brand-700 underline">Xem trước</a>
                {status === "published" && <a href={livePath(fields.slug)} data-shows-edited target="_blank" rel="noreferrer" className="text-brand-700 underline">Xem trên trang</a>}
                {permissions.canViewHistory && <a href={`/quan-tri/bai-viet/${articleId}/lich-su`} className="text-brand-700 underline">Lịch sử các lần lưu</a>}
              </p>
            )}
          </Panel>

          <Panel className="space-y-3">
            <div>
              <Label htmlFor="categoryId">Chuyên mục</Label>
              <Select id="categoryId" value={fields.categoryId} onChange={(e) => update({ categoryId: Number(e.target.value) })}>
                {options.categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </Select>
              <FieldError id="categoryId-error" messages={error("categoryId")} />
            </div>
            <div>
              <Label htmlFor="unitId">Đơn vị</Label>
              <Select id="unitId" value={fields.unitId} onChange={(e) => update({ unitId: Number(e.target.value) })} disabled={!permissions.canChooseUnit}>
                {options.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </Select>
              <FieldError id="unitId-error" messages={error("unitId")} />
            </div>
            <div>
              <Label htmlFor="byline">Tác giả (ghi cuối bài)</Label>
              <Input id="byline" value={fields.byline} placeholder="Tin & ảnh: …" onChange={(e) => update({ byline: e.target.value })} />
            </div>
            <div className="grid grid-cols-[1fr_5rem] gap-2">
              <div>
                <Label htmlFor="seriesId">Loạt bài</Label>
                <Select id="seriesId" value={fields.seriesId ?? ""} onChange={(e) => update({ seriesId: e.target.value ? Number(e.target.value) : null })}>
                  <option value="">Không thuộc loạt bài</option>
                  {options.series.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
                </Select>
              </div>
              <div>
                <Label htmlFor="seriesPart">Kỳ</Label>
                <Input id="seriesPart" type="number" min={1} value={fields.seriesPart ?? ""} onChange={(e) => update({ seriesPart: e.target.value ? Number(e.target.value) : null })} />
              </div>
            </div>
            <FieldError id="seriesId-error" messages={error("seriesId")} />
            <FieldError id="seriesPart-error" messages={error("seriesPart")} />
            {permissions.canFeature && (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={fields.isFeatured} onChange={(e) => update({ isFeatured: e.target.checked })} />
                Tin nổi bật trên trang chủ
              </label>
            )}
          </Panel>

          <CoverField
            cover={fields.cover}
            caption={fields.coverCaption}
            errors={error("coverMediaId")}
            onPick={async () => {
              const image = await pickImage();
              if (image) {
                update({ coverMediaId: image.id, cover: { src: image.src, srcSet: image.srcSet, width: image.width, height: image.height, alt: image.alt }, coverCaption: image.caption || fields.coverCaption });
              }
            }}
            onRemove={async () => {
              // The autosave stores the change a few seconds later, on a published article too.
              const question = { title: "Bỏ ảnh đại diện của bài?", body: "Bài sẽ không còn ảnh đại diện ở danh sách tin và khi chia sẻ; thay đổi được lưu cùng bài. Ảnh vẫn ở thư viện ảnh và có thể chọn lại.", confirmLabel: "Bỏ ảnh" };
              if (await confirm(question)) update({ coverMediaId: null, cover: null });
            }}
            onCaptionChange={(coverCaption) => update({ coverCaption })}
          />

          <RelatedDocumentsField documents={fields.documents} onChange={(documents) => update({ documents })} errors={error("documentIds")} />
          <AlbumLinkField album={fields.album} onChange={(album) => update({ album })} errors={error("albumId")} />

          {permissions.canDelete && articleId && (
            <button
              type="button"
              className="text-sm text-accent-700 underline"
              onClick={() => void remove()}
            >
              Xóa bài
            </button>
          )}
        </aside>
      </div>
      {picker}
      {dialog}
    </div>
  );
}
