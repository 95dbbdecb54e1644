"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
import { ACCEPTED_IMAGE_TYPES, type UploadStage } from "@/core/upload-rules";
import { UploadProgress } from "./upload-progress";
import { uploadImageFile, type MediaItemJson } from "./upload-image";
import { Picture } from "@/components/ui/picture";
import { FileButton } from "@/components/ui/file-button";

export type PickedImage = { id: number; src: string; srcSet: string; width: number; height: number; alt: string; caption: string };
export type MediaPickerProps = { open: boolean; onClose: () => void; onSelect: (image: PickedImage) => void };

type Upload = { key: string; name: string; stage: UploadStage; error?: string; media?: MediaItemJson };

/** "Chèn ảnh": upload (button, drag and drop, paste) with progress, or pick from the library. */
export function MediaPicker({ open, onClose, onSelect }: MediaPickerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<"upload" | "library">("upload");
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [library, setLibrary] = useState<{ items: MediaItemJson[]; page: number; totalPages: number } | null>(null);
  const [chosen, setChosen] = useState<MediaItemJson | null>(null);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const loadLibrary = useCallback(async (page: number) => {
    const response = await fetch(`/api/media?trang=${page}`);
    if (response.ok) setLibrary((await response.json()) as { items: MediaItemJson[]; page: number; totalPages: number });
  }, []);

  const choose = (media: MediaItemJson) => {
    setChosen(media);
    // Never overwrite a description the editor has already typed.
    setAlt((typed) => typed || media.alt);
  };

  const upload = useCallback(async (files: File[]) => {
    for (const file of files) {
      const key = `${file.name}-${file.size}-${Math.random()}`;
      setUploads((list) => [...list, { key, name: file.name, stage: { phase: "sending", fraction: 0 } }]);
      const update = (change: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
      const result = await uploadImageFile(file, alt, (stage) => update({ stage }));
      if (result.ok) {
        update({ stage: { phase: "done" }, media: result.media });
        choose(result.media);
      } else update({ error: result.message });
    }
  }, [alt]);

  function onPaste(event: React.ClipboardEvent) {
    const files = [...event.clipboardData.files];
    if (files.length > 0) {
      event.preventDefault();
      void upload(files);
    }
  }

  return (
    <dialog ref={dialog} aria-labelledby="chen-anh-tieu-de" onClose={onClose} onPaste={onPaste} className="m-auto w-[min(56rem,95vw)] rounded-lg p-0 backdrop:bg-black/50">
      <div className="space-y-4 p-5">
        <div className="flex items-center justify-between">
          <h2 id="chen-anh-tieu-de" className="text-lg font-bold text-brand-900">Chèn ảnh</h2>
          <button type="button" onClick={onClose} className="rounded px-2 py-1 text-sm underline">Đóng</button>
        </div>
        <div role="tablist" aria-label="Nguồn ảnh" className="flex gap-2 border-b border-neutral-200">
          {(["upload", "library"] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              onClick={() => {
                setTab(name);
                if (name === "library") void loadLibrary(1);
              }}
              className="border-b-2 px-3 py-2 text-sm font-semibold aria-selected:border-brand-900 aria-[selected=false]:border-transparent"
            >
              {name === "upload" ? "Tải ảnh lên" : "Thư viện ảnh"}
            </button>
          ))}
        </div>

        {tab === "upload" ? (
          <div
            onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => { e.preventDefault(); setDragging(false); void upload([...e.dataTransfer.files]); }}
            className={`rounded border-2 border-dashed p-5 text-center ${dragging ? "border-brand-700 bg-brand-50" : "border-neutral-300"}`}
          >
            <FileButton accept={ACCEPTED_IMAGE_TYPES} multiple onFiles={(files) => void upload(files)}>
              Chọn ảnh từ máy
            </FileButton>
            <p className="mt-2 text-sm text-neutral-700">
              {/* Not on a touch screen, which has nothing to drag from and no Ctrl+V. */}
              <span className="pointer-coarse:hidden">hoặc kéo thả ảnh vào đây, hoặc dán ảnh (Ctrl+V). </span>Ảnh JPEG, PNG, WebP, tối đa 10 MB.
            </p>
            <ul className="mt-3 space-y-2 text-left">
              {uploads.map((u) => (
                <li key={u.key} className="text-sm">
                  <span className="font-semibold">{u.name}</span>
                  {u.error ? (
                    <p role="alert" className="text-accent-700">{u.error}</p>
                  ) : (
                    <UploadProgress name={u.name} stage={u.stage} />
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <div>
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              {library?.items.map((item) => (
                <li key={item.id}>
                  <button type="button" onClick={() => choose(item)} aria-pressed={chosen?.id === item.id} className="block w-full rounded border-2 p-1 aria-pressed:border-brand-700 aria-[pressed=false]:border-transparent">
                    <Picture src={item.sources.src} srcSet={item.sources.srcSet} sizes="200px" alt={item.alt || item.originalName} className="aspect-[4/3] w-full object-cover" />
                  </button>
                  {item.credit && <p className="mt-0.5 truncate text-xs text-neutral-700" title={item.credit}>Nguồn: {item.credit}</p>}
                </li>
              ))}
            </ul>
            {library && library.items.length === 0 && <p className="text-sm">Thư viện chưa có ảnh nào.</p>}
            {library && library.totalPages > 1 && (
              <p className="mt-3 flex gap-2">
                <button type="button" disabled={library.page <= 1} onClick={() => void loadLibrary(library.page - 1)} className="rounded border px-3 py-1 text-sm disabled:opacity-50">Trang trước</button>
                <button type="button" disabled={library.page >= library.totalPages} onClick={() => void loadLibrary(library.page + 1)} className="rounded border px-3 py-1 text-sm disabled:opacity-50">Trang sau</button>
              </p>
            )}
          </div>
        )}

        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <Label htmlFor="anh-mo-ta">Mô tả ảnh (cho người không nhìn thấy)</Label>
            <Input id="anh-mo-ta" value={alt} onChange={(e) => setAlt(e.target.value)} />
          </div>
          <div>
            <Label htmlFor="anh-chu-thich">Chú thích ảnh</Label>
            <Input id="anh-chu-thich" value={caption} onChange={(e) => setCaption(e.target.value)} />
          </div>
        </div>
        <div className="flex justify-end gap-2">
          <Button variant="outline" onClick={onClose}>
            Hủy
          </Button>
          <Button
            disabled={!chosen}
            onClick={() => {
              if (!chosen) return;
              onSelect({ id: chosen.id, src: chosen.sources.src, srcSet: chosen.sources.srcSet, width: chosen.width, height: chosen.height, alt: alt.trim(), caption: caption.trim() });
              setChosen(null);
              setCaption("");
              setAlt("");
              setUploads([]);
            }}
          >
            Chèn ảnh
          </Button>
        </div>
      </div>
    </dialog>
  );
}
