"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";
import type { SaveIntent } from "@/core/article-save";
import { slugify } from "@/core/slug";
import { parseVietnamLocalDateTime, toVietnamLocalDateTimeInput } from "@/core/vi-date";
import { statusLabels } from "@/core/workflow";
import type { EditorActions, EditorArticle, EditorOptions, EditorPermissions } from "./article-editor-types";
import { ConflictPanel } from "./conflict-panel";
import { CoverField } from "./cover-field";
import { FieldError } from "./field-error";
import { MediaPicker } from "./media-picker";
import { RichTextEditor, type EditorImage } from "./rich-text-editor";
import { uploadImageFile } from "./upload-image";
import { useArticleSaving, type SaveOptions } from "./use-article-saving";

const inputClass = "mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2";
const labelClass = "block text-sm font-semibold text-neutral-800";

type ArticleEditorProps = {
  article: EditorArticle | null;
  defaults: { categoryId: number; unitId: number };
  options: EditorOptions;
  permissions: EditorPermissions;
  actions: EditorActions;
};

export function ArticleEditor({ article, defaults, options, permissions, actions }: ArticleEditorProps) {
  const router = useRouter();
  const { fields, update, articleId, status, dirty, message, formError, setFormError, fieldErrors, conflict, save, close } = useArticleSaving({
    article,
    initialFields: article ?? { title: "", slug: "", summary: "", bodyHtml: "", coverMediaId: null, cover: null, coverCaption: "", byline: "", seriesId: null, seriesPart: null, isFeatured: false, ...defaults },
    actions,
  });
  const [publishAt, setPublishAt] = useState(article?.publishAtInput ?? "");
  const [comment, setComment] = useState("");
  const [returning, setReturning] = useState(false);
  const [slugEdited, setSlugEdited] = useState(Boolean(article && article.status !== "draft"));
  const [picker, setPicker] = useState<{ resolve: (image: (EditorImage & { caption?: string; id?: number }) | null) => void } | null>(null);
  const [pending, startTransition] = useTransition();
  const [now, setNow] = useState(() => Date.now());

  // "Xuất bản" becomes "Hẹn giờ đăng" for a time still ahead; the clock moves on while the page is open.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);

  const pickImage = useCallback(() => new Promise<(EditorImage & { caption?: string }) | null>((resolve) => setPicker({ resolve })), []);
  const uploadImage = useCallback(async (file: File): Promise<EditorImage | null> => {
    const result = await uploadImageFile(file, "", () => {});
    if (!result.ok) {
      setFormError(result.message);
      return null;
    }
    const { sources } = result.media;
    return { src: sources.src, srcSet: sources.srcSet, width: sources.width, height: sources.height, alt: sources.alt };
  }, [setFormError]);

  const run = (intent: SaveIntent, options: SaveOptions = {}) =>
    startTransition(async () => {
      const saved = await save(intent, options);
      if (saved?.publishedAt) setPublishAt(toVietnamLocalDateTimeInput(new Date(saved.publishedAt)));
      if (saved && intent === "return") setReturning(false);
    });
  const scheduled = (parseVietnamLocalDateTime(publishAt)?.getTime() ?? 0) > now;
  const error = (name: string) => fieldErrors[name];

  return (
    <div className="space-y-4">
      {article?.reviewComment && status === "draft" && (
        <section aria-labelledby="nhan-xet" className="rounded border-l-4 border-amber-500 bg-amber-50 p-4">
          <h2 id="nhan-xet" className="font-semibold text-amber-900">Nhận xét của biên tập viên</h2>
          <p className="mt-1 whitespace-pre-wrap text-amber-950">{article.reviewComment}</p>
        </section>
      )}
      {conflict && (
        <ConflictPanel
          theirs={conflict}
          mine={fields}
          onKeepMine={() => run("save", { baseVersion: conflict.version })}
          onTakeTheirs={() => {
            close();
            window.location.reload();
          }}
        />
      )}
      {formError && !conflict && (
        <p role="alert" className="rounded border border-accent-700 bg-red-50 p-3 text-sm text-accent-700">{formError}</p>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-4">
          <div>
            <label htmlFor="title" className={labelClass}>Tiêu đề</label>
            <textarea
              id="title"
              rows={2}
              value={fields.title}
              onChange={(e) => update({ title: e.target.value, ...(slugEdited ? {} : { slug: slugify(e.target.value) }) })}
              className={`${inputClass} text-xl font-bold`}
              aria-invalid={Boolean(error("title"))}
              aria-describedby={error("title") ? "title-error" : undefined}
            />
            <FieldError id="title-error" messages={error("title")} />
          </div>
          <div>
            <label htmlFor="slug" className={labelClass}>Đường dẫn</label>
            <div className="mt-1 flex items-center gap-1 text-sm">
              <span className="text-neutral-600">/tin-tuc/</span>
              <input id="slug" value={fields.slug} onChange={(e) => { setSlugEdited(true); update({ slug: e.target.value }); }} className="flex-1 rounded border border-neutral-400 px-2 py-1 font-mono text-sm" aria-describedby="slug-help slug-error" />
            </div>
            <p id="slug-help" className="mt-1 text-xs text-neutral-600">Tạo từ tiêu đề; đổi đường dẫn của bài đã đăng thì địa chỉ cũ vẫn chuyển tới bài.</p>
            <FieldError id="slug-error" messages={error("slug")} />
          </div>
          <div>
            <label htmlFor="summary" className={labelClass}>Tóm tắt (sapo)</label>
            <textarea id="summary" rows={3} value={fields.summary} onChange={(e) => update({ summary: e.target.value })} className={inputClass} aria-describedby="summary-error" />
            <FieldError id="summary-error" messages={error("summary")} />
          </div>
          <div>
            <p id="noi-dung-label" className={labelClass}>Nội dung</p>
            <RichTextEditor
              initialHtml={fields.bodyHtml}
              onChange={(html) => update({ bodyHtml: html })}
              pickImage={pickImage}
              uploadImage={uploadImage}
              labelledBy="noi-dung-label"
              describedBy={error("bodyHtml") ? "bodyHtml-error" : undefined}
            />
            <FieldError id="bodyHtml-error" messages={error("bodyHtml")} />
          </div>
        </div>

        <aside className="space-y-4" aria-label="Đăng bài">
          <section className="rounded border border-neutral-200 bg-white p-4">
            <p className="text-sm">
              Trạng thái: <strong>{scheduled && status === "published" ? "Hẹn giờ" : statusLabels[status]}</strong>
            </p>
            <p role="status" aria-live="polite" className="mt-1 min-h-5 text-sm text-green-800">
              {pending ? "Đang lưu…" : dirty ? "Có thay đổi chưa lưu" : message}
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <button type="button" onClick={() => run("save")} disabled={pending} className="rounded bg-brand-900 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
                {status === "published" ? "Lưu thay đổi" : "Lưu nháp"}
              </button>
              {permissions.canSubmit && status === "draft" && (
                <button type="button" onClick={() => run("submit")} disabled={pending} className="rounded bg-amber-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
                  Gửi duyệt
                </button>
              )}
            </div>
            {permissions.canPublish && (
              <div className="mt-4 border-t border-neutral-200 pt-3">
                <label htmlFor="publishAt" className={labelClass}>Thời gian đăng (giờ Việt Nam)</label>
                <input id="publishAt" type="datetime-local" value={publishAt} onChange={(e) => { setPublishAt(e.target.value); setNow(Date.now()); }} className={inputClass} aria-describedby="publishAt-help publishAt-error" />
                <p id="publishAt-help" className="mt-1 text-xs text-neutral-600">Để trống: đăng ngay. Chọn giờ sau hiện tại: bài tự xuất hiện đúng giờ.</p>
                <FieldError id="publishAt-error" messages={error("publishAt")} />
                <button type="button" onClick={() => run("publish", { publishAt })} disabled={pending} className="mt-2 w-full rounded bg-green-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
                  {scheduled ? "Hẹn giờ đăng" : status === "published" ? "Cập nhật giờ đăng" : "Xuất bản"}
                </button>
              </div>
            )}
            {permissions.canUnpublish && status === "published" && (
              <button type="button" onClick={() => run("unpublish")} disabled={pending} className="mt-2 w-full rounded border border-accent-700 px-4 py-2 text-sm font-semibold text-accent-700">
                Gỡ bài
              </button>
            )}
            {permissions.canReturn && status === "pending" && (
              <div className="mt-3 border-t border-neutral-200 pt-3">
                {!returning ? (
                  <button type="button" onClick={() => setReturning(true)} className="w-full rounded border border-amber-700 px-4 py-2 text-sm font-semibold text-amber-900">Trả lại cho tác giả</button>
                ) : (
                  <>
                    <label htmlFor="comment" className={labelClass}>Nhận xét cho tác giả (bắt buộc)</label>
                    <textarea id="comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass} aria-describedby="comment-error" />
                    <FieldError id="comment-error" messages={error("comment")} />
                    <button type="button" onClick={() => run("return", { comment })} disabled={pending} className="mt-2 w-full rounded bg-amber-700 px-4 py-2 text-sm font-semibold text-white">Gửi nhận xét và trả lại</button>
                  </>
                )}
              </div>
            )}
            {articleId && (
              <p className="mt-3 flex flex-wrap gap-3 text-sm">
                <a href={`/xem-truoc/${articleId}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">Xem trước</a>
                {permissions.canViewHistory && <a href={`/quan-tri/bai-viet/${articleId}/lich-su`} className="text-brand-700 underline">Lịch sử các lần lưu</a>}
              </p>
            )}
          </section>

          <section className="space-y-3 rounded border border-neutral-200 bg-white p-4">
            <div>
              <label htmlFor="categoryId" className={labelClass}>Chuyên mục</label>
              <select id="categoryId" value={fields.categoryId} onChange={(e) => update({ categoryId: Number(e.target.value) })} className={inputClass}>
                {options.categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
              <FieldError id="categoryId-error" messages={error("categoryId")} />
            </div>
            <div>
              <label htmlFor="unitId" className={labelClass}>Đơn vị</label>
              <select id="unitId" value={fields.unitId} onChange={(e) => update({ unitId: Number(e.target.value) })} className={inputClass} disabled={!permissions.canChooseUnit}>
                {options.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </select>
              <FieldError id="unitId-error" messages={error("unitId")} />
            </div>
            <div>
              <label htmlFor="byline" className={labelClass}>Tác giả (ghi cuối bài)</label>
              <input id="byline" value={fields.byline} placeholder="Tin & ảnh: …" onChange={(e) => update({ byline: e.target.value })} className={inputClass} />
            </div>
            <div className="grid grid-cols-[1fr_5rem] gap-2">
              <div>
                <label htmlFor="seriesId" className={labelClass}>Loạt bài</label>
                <select id="seriesId" value={fields.seriesId ?? ""} onChange={(e) => update({ seriesId: e.target.value ? Number(e.target.value) : null })} className={inputClass}>
                  <option value="">Không thuộc loạt bài</option>
                  {options.series.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
                </select>
              </div>
              <div>
                <label htmlFor="seriesPart" className={labelClass}>Kỳ</label>
                <input id="seriesPart" type="number" min={1} value={fields.seriesPart ?? ""} onChange={(e) => update({ seriesPart: e.target.value ? Number(e.target.value) : null })} className={inputClass} />
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
          </section>

          <CoverField
            cover={fields.cover}
            caption={fields.coverCaption}
            errors={error("coverMediaId")}
            onPick={async () => {
              const image = await pickImage();
              if (image && "id" in image && typeof image.id === "number") {
                update({ coverMediaId: image.id, cover: { src: image.src, srcSet: image.srcSet, width: image.width, height: image.height, alt: image.alt }, coverCaption: image.caption || fields.coverCaption });
              }
            }}
            onRemove={() => update({ coverMediaId: null, cover: null })}
            onCaptionChange={(coverCaption) => update({ coverCaption })}
          />

          {permissions.canDelete && articleId && (
            <button
              type="button"
              className="text-sm text-accent-700 underline"
              onClick={async () => {
                if (!window.confirm("Xóa hẳn bài này? Không thể hoàn tác.")) return;
                const data = new FormData();
                data.set("articleId", String(articleId));
                const result = await actions.remove(data);
                if (!result.ok) return setFormError(result.formError ?? "Chưa xóa được bài.");
                close();
                router.push("/quan-tri");
              }}
            >
              Xóa bài
            </button>
          )}
        </aside>
      </div>
      <MediaPicker
        open={picker !== null}
        onClose={() => {
          picker?.resolve(null);
          setPicker(null);
        }}
        onSelect={(image) => {
          picker?.resolve(image);
          setPicker(null);
        }}
      />
    </div>
  );
}
