"use client";

import { useConfirm } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";
import { useInBrowser } from "@/components/ui/use-in-browser";
import { ActionOutcome } from "./action-outcome";
import { useKeptForm, type FormAction } from "./use-kept-form";

/** Puts one earlier version of the site settings back, as a new version, after asking. */
export function SettingsRestoreButton({ revisionId, version, baseVersion, action }: { revisionId: number; version: number; baseVersion: number; action: FormAction }) {
  const { state, pending, formProps } = useKeptForm(action);
  const inBrowser = useInBrowser();
  const { confirmSubmit, dialog } = useConfirm();
  return (
    <form
      {...formProps}
      onSubmit={(event) => {
        const question = { title: `Khôi phục cài đặt về phiên bản ${version}?`, body: "Cài đặt của trang sẽ trở lại như phiên bản này ngay. Cài đặt hiện tại vẫn được giữ trong lịch sử để khôi phục lại.", confirmLabel: "Khôi phục" };
        if (confirmSubmit(event, question)) formProps.onSubmit(event);
      }}
      className="space-y-1"
    >
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <Button type="submit" variant="secondary" size="small" disabled={pending || !inBrowser} aria-label={`Khôi phục phiên bản ${version}`} className="whitespace-nowrap">
        Khôi phục
      </Button>
      <ActionOutcome state={state} />
      {dialog}
    </form>
  );
}
