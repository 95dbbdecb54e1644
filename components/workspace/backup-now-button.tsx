"use client";

import { Button } from "@/components/ui/button";
import { ActionOutcome } from "./action-outcome";
import { useKeptForm, type FormAction } from "./use-kept-form";

/** "Sao lưu ngay": takes a backup now and says which file it wrote, or why it could not. */
export function BackupNowButton({ action }: { action: FormAction }) {
  const { state, pending, formProps } = useKeptForm(action);
  return (
    <form {...formProps} className="space-y-2" aria-label="Sao lưu ngay">
      <Button type="submit" disabled={pending} className="min-h-10">
        {pending ? "Đang sao lưu…" : "Sao lưu ngay"}
      </Button>
      <ActionOutcome state={state} />
    </form>
  );
}
