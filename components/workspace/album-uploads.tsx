"use client";

import { useRouter } from "next/navigation";
import { useCallback, useId } from "react";
import { Button } from "@/components/ui/button";
import { FileButton } from "@/components/ui/file-button";
import { ACCEPTED_IMAGE_TYPES } from "@/core/upload-rules";
import { UploadProgress } from "./upload-progress";
import { UPLOADS_AT_ONCE, useUploadQueue, type QueuedState } from "./use-upload-queue";

/** Waiting, failed with its reason, or the library's own bar and words while it is sent and made. */
function UploadState({ name, state }: { name: string; state: QueuedState }) {
  if (state.phase === "waiting") return <span className="text-neutral-800">Đang chờ</span>;
  if (state.phase === "failed") return <span role="alert" className="text-accent-700">Lỗi: {state.reason}</span>;
  return <UploadProgress name={name} stage={state} />;
}

/**
 * Photos chosen or dropped many at once (30 is usual) go into the album, three at a time; each
 * file shows its state, and a failed one its reason and "Thử lại" while the others go on.
 */
export function AlbumUploads({ albumId }: { albumId: number }) {
  const router = useRouter();
  const refresh = useCallback(() => router.refresh(), [router]);
  const { uploads, add, retry } = useUploadQueue(`/api/thu-vien-anh/${albumId}/anh`, refresh);
  const hintId = useId();
  const done = uploads.filter((upload) => upload.state.phase === "done").length;
  const failed = uploads.filter((upload) => upload.state.phase === "failed").length;
  return (
    <section aria-labelledby={`${hintId}-tieu-de`} className="space-y-2 rounded border-2 border-dashed border-neutral-300 bg-white p-4" onDragOver={(event) => event.preventDefault()} onDrop={(event) => { event.preventDefault(); add([...event.dataTransfer.files]); }}>
      <h2 id={`${hintId}-tieu-de`} className="text-lg font-semibold text-brand-900">Thêm ảnh vào album</h2>
      <div className="flex flex-wrap items-center gap-3">
        <FileButton accept={ACCEPTED_IMAGE_TYPES} multiple describedBy={hintId} onFiles={add}>
          Chọn ảnh để tải lên
        </FileButton>
        <span id={hintId} className="text-sm text-neutral-700">
          {/* Not on a touch screen, which has nothing to drag from. */}
          <span className="pointer-coarse:hidden">hoặc kéo thả nhiều ảnh vào đây </span>(JPEG, PNG, WebP, tối đa 10 MB mỗi ảnh; gửi {UPLOADS_AT_ONCE} ảnh một lúc)
        </span>
      </div>
      {uploads.length > 0 && (
        <>
          <p className="text-sm text-neutral-800">Đã xong {done} trên {uploads.length} ảnh{failed > 0 ? `, ${failed} ảnh lỗi` : ""}.</p>
          <ul aria-label="Ảnh đang tải lên" className="space-y-1 text-sm">
            {uploads.map((upload) => (
              <li key={upload.key} className="flex flex-wrap items-center gap-2 break-words">
                <span className="font-semibold">{upload.name}</span>
                <UploadState name={upload.name} state={upload.state} />
                {upload.state.phase === "failed" && (
                  <Button variant="outline" size="small" onClick={() => retry(upload.key)}>Thử lại<span className="sr-only"> ảnh {upload.name}</span></Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
