"use client";

import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
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
        <Label htmlFor="current">Mật khẩu hiện tại</Label>
        <Input id="current" name="current" type="password" autoComplete="current-password" required aria-invalid={Boolean(errors.current)} aria-describedby="current-error" />
        <FieldError id="current-error" messages={errors.current} />
      </div>
      <div>
        <Label htmlFor="next">Mật khẩu mới</Label>
        <Input id="next" name="next" type="password" autoComplete="new-password" required aria-invalid={Boolean(errors.next)} aria-describedby="next-help next-error" />
        <p id="next-help" className="mt-1 text-xs text-neutral-600">Ít nhất 10 ký tự, không dùng mật khẩu phổ biến, không trùng tên đăng nhập.</p>
        <FieldError id="next-error" messages={errors.next} />
      </div>
      <div>
        <Label htmlFor="confirm">Nhập lại mật khẩu mới</Label>
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" required aria-invalid={Boolean(errors.confirm)} aria-describedby="confirm-error" />
        <FieldError id="confirm-error" messages={errors.confirm} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang đổi…" : "Đổi mật khẩu"}
      </Button>
    </form>
  );
}
