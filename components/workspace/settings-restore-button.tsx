"use client";

import { ActionOutcome } from "./action-outcome";
import { useKeptForm, type FormAction } from "./use-kept-form";

/** Puts one earlier version of the site settings back, as a new version, after asking. */
export function SettingsRestoreButton({ revisionId, version, baseVersion, action }: { revisionId: number; version: number; baseVersion: number; action: FormAction }) {
  const { state, pending, formProps } = useKeptForm(action);
  return (
    <form
      {...formProps}
      onSubmit={(event) => {
        if (!window.confirm(`Khôi phục cài đặt trang về phiên bản ${version}? Cài đặt hiện tại vẫn được giữ trong lịch sử.`)) return event.preventDefault();
        formProps.onSubmit(event);
      }}
      className="space-y-1"
    >
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button type="submit" disabled={pending} className="min-h-9 whitespace-nowrap rounded border border-brand-900 px-2 py-1 text-xs font-semibold text-brand-900 disabled:opacity-60" aria-label={`Khôi phục phiên bản ${version}`}>
        Khôi phục
      </button>
      <ActionOutcome state={state} />
    </form>
  );
}
