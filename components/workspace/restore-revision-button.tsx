"use client";

import { useConfirm } from "@/components/ui/confirm-dialog";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionFailure, ActionResult } from "@/core/action-result";

/** The restore action's form: the id of what is restored under its own name ("articleId", "pageId"). */
export type RestoreTarget = { idName: string; id: number };

type RestoreRevisionButtonProps = {
  target: RestoreTarget;
  revisionId: number;
  baseVersion: number;
  label: string;
  restore: (formData: FormData) => Promise<ActionResult<{ version: number }> | ActionFailure>;
};

export function RestoreRevisionButton({ target, revisionId, baseVersion, label, restore }: RestoreRevisionButtonProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const { confirm, dialog } = useConfirm();
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        disabled={pending}
        className="rounded border border-brand-900 px-2 py-1 text-xs font-semibold text-brand-900 disabled:opacity-60"
        onClick={async () => {
          const question = { title: `Khôi phục ${label}?`, body: "Nội dung sẽ trở lại như bản lưu này, thành một lần lưu mới. Bản hiện tại vẫn được giữ trong lịch sử.", confirmLabel: "Khôi phục" };
          if (!(await confirm(question))) return;
          startTransition(async () => {
            const data = new FormData();
            data.set(target.idName, String(target.id));
            data.set("revisionId", String(revisionId));
            data.set("baseVersion", String(baseVersion));
            const result = await restore(data);
            setMessage(result.ok ? (result.message ?? "Đã khôi phục.") : (result.formError ?? "Chưa khôi phục được."));
            if (result.ok) router.refresh();
          });
        }}
      >
        Khôi phục
      </button>
      {message && <span role="status" className="mt-1 text-xs">{message}</span>}
      {dialog}
    </span>
  );
}
