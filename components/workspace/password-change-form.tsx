"use client";

import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import type { ActionFailure, ActionResult } from "@/core/action-result";
import { TextField } from "@/components/ui/text-field";
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
      <TextField label="Mật khẩu hiện tại" name="current" id="current" type="password" autoComplete="current-password" required errors={errors.current} />
      <TextField
        label="Mật khẩu mới"
        name="next"
        id="next"
        type="password"
        autoComplete="new-password"
        required
        hint="Ít nhất 10 ký tự, không dùng mật khẩu phổ biến, không trùng tên đăng nhập."
        errors={errors.next}
      />
      <TextField label="Nhập lại mật khẩu mới" name="confirm" id="confirm" type="password" autoComplete="new-password" required errors={errors.confirm} />
      <Button type="submit" disabled={pending}>
        {pending ? "Đang đổi…" : "Đổi mật khẩu"}
      </Button>
    </form>
  );
}
