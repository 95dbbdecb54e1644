"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { FileButton } from "@/components/ui/file-button";
import type { ActionFailure, ActionResult } from "@/core/action-result";
import { DOCUMENT_FILE_KINDS, MAX_DOCUMENT_FILE_BYTES } from "@/core/document-files";
import type { UploadStage } from "@/core/upload-rules";
import { formatFileSize } from "@/core/vi-number";
import { type DocumentFileJson, uploadDocumentFile } from "./upload-document-file";
import { UploadProgress } from "./upload-progress";

type FilesResult = ActionResult<{ files: DocumentFileJson[] }> | ActionFailure;
export type DocumentFileActions = { removeFile: (formData: FormData) => Promise<FilesResult>; moveFile: (formData: FormData) => Promise<FilesResult> };

type Upload = { key: string; name: string; stage: UploadStage | null; error?: string };

const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods";
const UPLOADS_AT_ONCE = 2;

/**
 * A document's files: several chosen at once, each sent on its own with its progress, and its reason
 * when refused (the others go on; those already stored stay). Listed in the order readers see,
 * moved up or down, or removed.
 */
export function DocumentFilesPanel({ documentId, initialFiles, canEdit, actions }: { documentId: number; initialFiles: DocumentFileJson[]; canEdit: boolean; actions: DocumentFileActions }) {
  const [files, setFiles] = useState(initialFiles);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const { confirm, dialog } = useConfirm();

  async function upload(chosen: File[]) {
    const queue = chosen.map((file) => ({ file, key: `${file.name}-${Math.random()}` }));
    setUploads((list) => [...list, ...queue.map(({ file, key }) => ({ key, name: file.name, stage: null }))]);
    const update = (key: string, change: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
    const next = async (): Promise<void> => {
      const item = queue.shift();
      if (!item) return;
      const result = await uploadDocumentFile(documentId, item.file, (stage) => update(item.key, { stage }));
      if (result.ok) {
        update(item.key, { stage: { phase: "done" } });
        setFiles((list) => [...list, result.file]);
      } else update(item.key, { error: result.message });
      return next();
    };
    await Promise.all(Array.from({ length: Math.min(UPLOADS_AT_ONCE, queue.length) }, next));
  }

  const change = (action: (formData: FormData) => Promise<FilesResult>, values: Record<string, string>) =>
    startTransition(async () => {
      const formData = new FormData();
      for (const [name, value] of Object.entries(values)) formData.set(name, value);
      const result = await action(formData);
      if (result.ok) setFiles(result.files);
      setOutcome(result.ok ? { ok: true, text: result.message ?? "" } : { ok: false, text: result.formError ?? "Chưa làm được. Hãy thử lại." });
    });

  const remove = async (file: DocumentFileJson) => {
    const yes = await confirm({ title: `Gỡ tệp “${file.fileName}”?`, body: "Tệp sẽ bị xóa khỏi văn bản và khỏi máy chủ. Không thể hoàn tác.", confirmLabel: "Gỡ tệp" });
    if (yes) change(actions.removeFile, { fileId: String(file.id) });
  };

  return (
    <section aria-labelledby="tep-dinh-kem" className="space-y-3 rounded border border-neutral-200 bg-white p-4">
      <h2 id="tep-dinh-kem" className="text-lg font-bold text-brand-900">Tệp đính kèm</h2>
      {canEdit && (
        <div>
          <FileButton accept={ACCEPT} multiple onFiles={(files) => void upload(files)}>
            Chọn tệp để tải lên
          </FileButton>
          <p className="mt-1 text-xs text-neutral-700">PDF, Word, Excel hoặc OpenDocument, tối đa {formatFileSize(MAX_DOCUMENT_FILE_BYTES)} mỗi tệp; chọn được nhiều tệp một lần.</p>
        </div>
      )}
      {uploads.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label="Các tệp đang tải lên">
          {uploads.map((u) => (
            <li key={u.key} className="break-words">
              {u.name}:{" "}
              {u.error ? (
                <span role="alert" className="text-accent-700">{u.error}</span>
              ) : u.stage ? (
                <UploadProgress name={u.name} stage={u.stage} thing="tệp" />
              ) : (
                <span>Đang chờ…</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {outcome && <p role={outcome.ok ? "status" : "alert"} className={`text-sm ${outcome.ok ? "text-green-900" : "text-accent-700"}`}>{outcome.text}</p>}
      {files.length === 0 ? (
        <p className="text-sm text-neutral-700">Văn bản chưa có tệp nào.</p>
      ) : (
        <ol className="space-y-2" aria-label="Các tệp của văn bản">
          {files.map((file, index) => (
            <li key={file.id} className="flex flex-wrap items-center gap-2 rounded border border-neutral-200 p-2 text-sm">
              <a href={file.href} className="min-w-0 flex-1 break-words font-semibold text-brand-900 underline">{file.fileName}</a>
              <span className="text-neutral-700">{DOCUMENT_FILE_KINDS[file.kind].label} · {formatFileSize(file.sizeBytes)}</span>
              {canEdit && (
                <span className="flex gap-1">
                  <Button variant="outline" size="small" disabled={pending || index === 0} onClick={() => change(actions.moveFile, { fileId: String(file.id), direction: "up" })} aria-label={`Chuyển ${file.fileName} lên`}>↑ Lên</Button>
                  <Button variant="outline" size="small" disabled={pending || index === files.length - 1} onClick={() => change(actions.moveFile, { fileId: String(file.id), direction: "down" })} aria-label={`Chuyển ${file.fileName} xuống`}>↓ Xuống</Button>
                  <Button variant="danger" size="small" disabled={pending} onClick={() => void remove(file)} aria-label={`Gỡ tệp ${file.fileName}`}>Gỡ</Button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {dialog}
    </section>
  );
}
