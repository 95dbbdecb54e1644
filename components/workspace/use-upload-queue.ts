"use client";

import pLimit from "p-limit";
import { useCallback, useRef, useState } from "react";
import type { UploadStage } from "@/core/upload-rules";
import { uploadImageFile } from "./upload-image";

/** Three at once keeps a phone's link busy without one slow photo holding the rest back. */
export const UPLOADS_AT_ONCE = 3;

export type QueuedState = { phase: "waiting" } | UploadStage | { phase: "failed"; reason: string };
export type QueuedUpload = { key: string; name: string; state: QueuedState };

/**
 * Many files sent to `endpoint`, at most UPLOADS_AT_ONCE at a time in the order chosen, each with
 * its own state. A file that fails stays listed with its reason and can be sent again (`retry`)
 * while the others go on; `onUploaded` runs after each success.
 */
export function useUploadQueue(endpoint: string, onUploaded: () => void) {
  const [uploads, setUploads] = useState<QueuedUpload[]>([]);
  const [limit] = useState(() => pLimit(UPLOADS_AT_ONCE));
  const files = useRef(new Map<string, File>());

  const set = useCallback((key: string, state: QueuedState) => setUploads((list) => list.map((upload) => (upload.key === key ? { ...upload, state } : upload))), []);

  const send = useCallback(
    (key: string) =>
      void limit(async () => {
        const file = files.current.get(key);
        if (!file) return;
        const result = await uploadImageFile(file, "", (stage) => set(key, stage), endpoint);
        set(key, result.ok ? { phase: "done" } : { phase: "failed", reason: result.message });
        if (!result.ok) return;
        files.current.delete(key);
        onUploaded();
      }),
    [endpoint, limit, onUploaded, set],
  );

  const add = useCallback(
    (chosen: File[]) => {
      const added = chosen.map((file) => ({ key: `${file.name}-${crypto.randomUUID()}`, name: file.name, state: { phase: "waiting" } as const, file }));
      for (const { key, file } of added) files.current.set(key, file);
      setUploads((list) => [...list, ...added.map(({ file: _file, ...upload }) => upload)]);
      for (const { key } of added) send(key);
    },
    [send],
  );

  const retry = useCallback(
    (key: string) => {
      set(key, { phase: "waiting" });
      send(key);
    },
    [send, set],
  );

  return { uploads, add, retry };
}
