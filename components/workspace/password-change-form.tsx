"use client";

import { useActionState, useEffect } from "react";
import { Input } from "@/components/ui/field";
import type { ActionFailure, ActionResult } from "@/core/action-result";
import { FieldError } from "@/components/ui/field-error";
import { signOutTo } from "./sign-out-button";

type ChangePassword = (previous: unknown, formData: FormData) => Promise<ActionResult | ActionFailure>;

/** Changing the password ends every session, this one too: afterwards one signs in again. */
export function PasswordChangeForm({ action }: { action: ChangePassword }) {
  const [state, formAction, pending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) void signOutTo("/dang-nhap?da-doi-mat-khau=1");
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form action={formAction} className="space-y-4">
      {state && !state.ok && state.formError && <p role="alert" className="rounded bg-red-50 p-3 text-sm text-accent-700">{state.formError}</p>}
      {state?.ok && <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">{state.message}</p>}
      <div>
        <label htmlFor="current" className="text-sm font-semibold">Mật khẩu hiện tại</label>
        <Input id="current" name="current" type="password" autoComplete="current-password" required aria-describedby="current-error" />
        <FieldError id="current-error" messages={errors.current} />
      </div>
      <div>
        <label htmlFor="next" className="text-sm font-semibold">Mật khẩu mới</label>
        <Input id="next" name="next" type="password" autoComplete="new-password" required aria-describedby="next-help next-error" />
        <p id="next-help" className="mt-1 text-xs text-neutral-600">Ít nhất 10 ký tự, không dùng mật khẩu phổ biến, không trùng tên đăng nhập.</p>
        <FieldError id="next-error" messages={errors.next} />
      </div>
      <div>
        <label htmlFor="confirm" className="text-sm font-semibold">Nhập lại mật khẩu mới</label>
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" required aria-describedby="confirm-error" />
        <FieldError id="confirm-error" messages={errors.confirm} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-900 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? "Đang đổi…" : "Đổi mật khẩu"}
      </button>
    </form>
  );
}
