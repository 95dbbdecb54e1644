"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { slugify } from "@/core/slug";
import { parseVietnamLocalDateTime, toVietnamLocalDateTimeInput } from "@/core/vi-date";
import { statusLabels } from "@/core/workflow";
import type { EditorActions, EditorArticle, EditorFields, EditorOptions, EditorPermissions } from "./article-editor-types";
import { ConflictPanel, type ConflictVersion } from "./conflict-panel";
import { CoverField } from "./cover-field";
import { FieldError } from "./field-error";
import { MediaPicker } from "./media-picker";
import { RichTextEditor, type EditorImage } from "./rich-text-editor";
import { uploadImageFile } from "./upload-image";

type Fields = EditorFields;
type Intent = "save" | "autosave" | "submit" | "publish" | "unpublish" | "return";

const AUTOSAVE_IDLE_MS = 3000;
const inputClass = "mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2";
const labelClass = "block text-sm font-semibold text-neutral-800";

function formDataOf(fields: Fields, extra: Record<string, string>): FormData {
  const data = new FormData();
  const values: Record<string, string> = {
    title: fields.title,
    slug: fields.slug,
    summary: fields.summary,
    bodyHtml: fields.bodyHtml,
    coverMediaId: fields.coverMediaId ? String(fields.coverMediaId) : "",
    coverCaption: fields.coverCaption,
    byline: fields.byline,
    categoryId: String(fields.categoryId),
    unitId: String(fields.unitId),
    seriesId: fields.seriesId ? String(fields.seriesId) : "",
    seriesPart: fields.seriesPart ? String(fields.seriesPart) : "",
    isFeatured: fields.isFeatured ? "on" : "",
    ...extra,
  };
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

type ArticleEditorProps = {
  article: EditorArticle | null;
  defaults: { categoryId: number; unitId: number };
  options: EditorOptions;
  permissions: EditorPermissions;
  actions: EditorActions;
};

export function ArticleEditor({ article, defaults, options, permissions, actions }: ArticleEditorProps) {
  const router = useRouter();
  const [fields, setFields] = useState<Fields>(
    article ?? { title: "", slug: "", summary: "", bodyHtml: "", coverMediaId: null, cover: null, coverCaption: "", byline: "", seriesId: null, seriesPart: null, isFeatured: false, ...defaults },
  );
  const [articleId, setArticleId] = useState<number | null>(article?.id ?? null);
  const [version, setVersion] = useState<number | null>(article?.version ?? null);
  const [status, setStatus] = useState(article?.status ?? "draft");
  const [publishAt, setPublishAt] = useState(article?.publishAtInput ?? "");
  const [comment, setComment] = useState("");
  const [returning, setReturning] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<ConflictVersion | null>(null);
  const [slugEdited, setSlugEdited] = useState(Boolean(article && article.status !== "draft"));
  const [picker, setPicker] = useState<{ resolve: (image: (EditorImage & { caption?: string; id?: number }) | null) => void } | null>(null);
  const [pending, startTransition] = useTransition();
  const [now, setNow] = useState(() => Date.now());
  const saving = useRef(false);
  const leaving = useRef(false);

  // Counts the editor's changes, so a save clears "unsaved" only if nothing changed meanwhile.
  const changeCount = useRef(0);
  const update = useCallback((change: Partial<Fields>) => {
    changeCount.current += 1;
    setFields((current) => ({ ...current, ...change }));
    setDirty(true);
  }, []);

  const submit = useCallback(
    async (intent: Intent, overrideVersion?: number) => {
      if (saving.current) return;
      saving.current = true;
      const extra: Record<string, string> = { intent, articleId: articleId ? String(articleId) : "", baseVersion: String(overrideVersion ?? version ?? "") };
      if (intent === "publish") extra.publishAt = publishAt;
      if (intent === "return") extra.comment = comment;
      const sentAtChange = changeCount.current;
      try {
        const result = await actions.save(formDataOf(fields, extra));
        if (!result.ok) {
          if (intent === "autosave" && !("conflict" in result)) return; // a quiet retry on the next change
          setFormError(result.formError ?? "Chưa lưu được bài.");
          setFieldErrors(result.fieldErrors ?? {});
          if ("conflict" in result && result.conflict) setConflict(result.conflict);
          return;
        }
        setFormError(null);
        setFieldErrors({});
        setConflict(null);
        setMessage(result.message ?? null);
        setVersion(result.version);
        setStatus(result.status);
        setFields((current) => ({ ...current, slug: result.slug }));
        if (result.publishedAt) setPublishAt(toVietnamLocalDateTimeInput(new Date(result.publishedAt)));
        if (changeCount.current === sentAtChange) setDirty(false);
        if (!articleId) {
          setArticleId(result.articleId);
          // Change the address without leaving the page, so the editor keeps its state.
          window.history.replaceState(null, "", `/quan-tri/bai-viet/${result.articleId}`);
        }
        if (intent === "return") setReturning(false);
      } finally {
        saving.current = false;
      }
    },
    [articleId, version, publishAt, comment, fields, actions],
  );

  // "Xuất bản" becomes "Hẹn giờ đăng" for a time still ahead; the clock moves on while the page is open.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);

  // Autosave after a few seconds of idle typing; not while a conflict waits for a decision.
  useEffect(() => {
    if (!dirty || conflict) return;
    if (!articleId && !fields.title.trim() && !fields.bodyHtml.replace(/<[^>]*>/g, "").trim()) return;
    const timer = window.setTimeout(() => void submit("autosave"), AUTOSAVE_IDLE_MS);
    return () => window.clearTimeout(timer);
  }, [dirty, conflict, fields, articleId, submit]);

  // Closing the tab with unsaved changes asks first; leaving the page still tries to save.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty || leaving.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const onHide = () => {
      if (!dirty || conflict || document.visibilityState !== "hidden") return;
      const body = JSON.stringify({
        articleId,
        baseVersion: version,
        fields: Object.fromEntries(formDataOf(fields, {}).entries()),
      });
      if (body.length < 60_000) void fetch("/api/bai-viet/tu-dong-luu", { method: "POST", body, keepalive: true, headers: { "Content-Type": "application/json" } });
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [dirty, conflict, articleId, version, fields]);

  const pickImage = useCallback(() => new Promise<(EditorImage & { caption?: string }) | null>((resolve) => setPicker({ resolve })), []);
  const uploadImage = useCallback(async (file: File): Promise<EditorImage | null> => {
    const result = await uploadImageFile(file, "", () => {});
    if (!result.ok) {
      setFormError(result.message);
      return null;
    }
    const { sources } = result.media;
    return { src: sources.src, srcSet: sources.srcSet, width: sources.width, height: sources.height, alt: sources.alt };
  }, []);

  const run = (intent: Intent) => startTransition(() => submit(intent));
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
          onKeepMine={() => startTransition(() => submit("save", conflict.version))}
          onTakeTheirs={() => {
            leaving.current = true;
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
            <RichTextEditor initialHtml={fields.bodyHtml} onChange={(html) => update({ bodyHtml: html })} pickImage={pickImage} uploadImage={uploadImage} labelledBy="noi-dung-label" />
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
                <button type="button" onClick={() => run("publish")} disabled={pending} className="mt-2 w-full rounded bg-green-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
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
                    <button type="button" onClick={() => run("return")} disabled={pending} className="mt-2 w-full rounded bg-amber-700 px-4 py-2 text-sm font-semibold text-white">Gửi nhận xét và trả lại</button>
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
                leaving.current = true;
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
