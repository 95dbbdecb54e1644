"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ACCEPTED_IMAGE_TYPES, type UploadStage } from "@/core/upload-rules";
import { FileButton } from "@/components/ui/file-button";
import { UploadProgress } from "./upload-progress";
import { uploadImageFile } from "./upload-image";

type Upload = { key: string; name: string; stage: UploadStage; error?: string };

/** Upload images straight into the library, with progress and reasons for refusals. */
export function MediaUploadPanel() {
  const router = useRouter();
  const [uploads, setUploads] = useState<Upload[]>([]);
  async function upload(files: File[]) {
    for (const file of files) {
      const key = `${file.name}-${Math.random()}`;
      setUploads((list) => [...list, { key, name: file.name, stage: { phase: "sending", fraction: 0 } }]);
      const update = (change: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
      const result = await uploadImageFile(file, "", (stage) => update({ stage }));
      update(result.ok ? { stage: { phase: "done" } } : { error: result.message });
    }
    router.refresh();
  }
  return (
    <div onDragOver={(e) => e.preventDefault()} onDrop={(e) => { e.preventDefault(); void upload([...e.dataTransfer.files]); }} className="rounded border-2 border-dashed border-neutral-300 bg-white p-4">
      <FileButton accept={ACCEPTED_IMAGE_TYPES} multiple onFiles={(files) => void upload(files)}>
        Tải ảnh lên
      </FileButton>
      <span className="ml-3 text-sm text-neutral-700">
        {/* Not on a touch screen, which has nothing to drag from. */}
        <span className="pointer-coarse:hidden">hoặc kéo thả ảnh vào đây </span>(JPEG, PNG, WebP, tối đa 10 MB)
      </span>
      <ul className="mt-2 space-y-1 text-sm">
        {uploads.map((u) => (
          <li key={u.key}>
            {u.name}: {u.error ? <span role="alert" className="text-accent-700">{u.error}</span> : <UploadProgress name={u.name} stage={u.stage} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
