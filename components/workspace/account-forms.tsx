"use client";

import { Input, Select, typedAsIs } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { PhoneFold } from "@/components/ui/phone-fold";
import { useConfirm, type ConfirmQuestion } from "@/components/ui/confirm-dialog";
import { useActionState } from "react";
import type { ActionFailure, ActionResult } from "@/core/action-result";
import { roleLabels, roles } from "@/core/permissions";
import { ActionOutcome } from "./action-outcome";
import { FieldError } from "@/components/ui/field-error";
import { useKeptForm, type FormAction } from "./use-kept-form";

type UnitOption = { id: number; name: string };

function Outcome({ state }: { state: ActionResult<{ initialPassword?: string }> | ActionFailure | null }) {
  return (
    <ActionOutcome state={state}>
      {state?.ok && state.initialPassword && (
        <p className="mt-1 rounded border border-amber-400 bg-amber-50 p-2 text-amber-950">
          Mật khẩu ban đầu (chỉ hiện một lần, hãy gửi cho người dùng): <code className="font-mono text-base font-bold" data-testid="mat-khau-ban-dau">{state.initialPassword}</code>
        </p>
      )}
    </ActionOutcome>
  );
}

export function AccountCreateForm({ action, units }: { action: FormAction<{ initialPassword: string }>; units: UnitOption[] }) {
  const { state, pending, formProps } = useKeptForm(action, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <PhoneFold summary="+ Tạo tài khoản" summaryClassName={buttonClasses({ variant: "secondary" })}>
      <form {...formProps} className="grid gap-3 rounded border border-neutral-200 bg-white p-4 max-sm:mt-3 sm:grid-cols-2 lg:grid-cols-3" aria-labelledby="tao-tai-khoan">
        <h2 id="tao-tai-khoan" className="text-lg font-bold text-brand-900 max-sm:sr-only sm:col-span-2 lg:col-span-3">Tạo tài khoản</h2>
        <label className="min-w-0 text-sm font-semibold">Tên đăng nhập<Input look="compact" name="username" required {...typedAsIs} /><FieldError id="username-error" messages={errors.username} /></label>
        <label className="min-w-0 text-sm font-semibold">Họ và tên<Input look="compact" name="displayName" required /><FieldError id="displayName-error" messages={errors.displayName} /></label>
        <label className="min-w-0 text-sm font-semibold">Vai trò
          <Select look="compact" name="role" defaultValue="contributor">{roles.map((r) => <option key={r} value={r}>{roleLabels[r]}</option>)}</Select>
        </label>
        <label className="min-w-0 text-sm font-semibold">Đơn vị
          <Select look="compact" name="unitId" defaultValue=""><option value="">Không thuộc đơn vị</option>{units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}</Select>
          <FieldError id="unitId-error" messages={errors.unitId} />
        </label>
        <label className="min-w-0 text-sm font-semibold">Mật khẩu ban đầu (để trống: tạo ngẫu nhiên)<Input look="compact" name="password" type="text" autoComplete="off" /><FieldError id="password-error" messages={errors.password} /></label>
        <div className="flex items-end"><Button type="submit" disabled={pending}>Tạo tài khoản</Button></div>
        <div className="sm:col-span-2 lg:col-span-3"><Outcome state={state} /></div>
      </form>
    </PhoneFold>
  );
}

type AccountRowProps = {
  account: { id: number; username: string; displayName: string; role: (typeof roles)[number]; unitId: number | null; isActive: boolean };
  units: UnitOption[];
  /** False on the admin's own row: the server refuses it too (core/permissions.ts canDisableAccount). */
  canDisable: boolean;
  actions: { update: FormAction; setActive: FormAction; reset: FormAction<{ initialPassword: string }> };
};

/** Said before disabling someone else's account: what they lose at once, and what stays. */
function disableQuestion(account: AccountRowProps["account"]): ConfirmQuestion {
  return {
    title: `Vô hiệu hóa tài khoản ${account.username}?`,
    body: `${account.displayName} sẽ bị đăng xuất ngay trên mọi thiết bị và không đăng nhập được nữa, cho tới khi được kích hoạt lại. Bài viết và lịch sử của tài khoản vẫn được giữ.`,
    confirmLabel: "Vô hiệu hóa",
  };
}

export function AccountRowActions({ account, units, canDisable, actions }: AccountRowProps) {
  const [updated, update, updating] = useActionState(actions.update, null);
  const [activated, setActive] = useActionState(actions.setActive, null);
  const [reset, resetAction] = useActionState(actions.reset, null);
  const { confirmSubmit, dialog } = useConfirm();
  // On a phone the row's forms fold under one line, so a list of forty accounts is forty short boxes;
  // what they answer stays outside the fold (a new password is shown once).
  const also = account.isActive ? (canDisable ? ", vô hiệu hóa" : "") : ", kích hoạt lại";
  return (
    <div className="space-y-2">
      <PhoneFold summary={<>Sửa, đặt lại mật khẩu{also}…<span className="sr-only"> tài khoản {account.username}</span></>}>
        <div className="space-y-2">
          <form action={update} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="id" value={account.id} />
            <label className="min-w-0 max-w-full text-xs">Họ và tên<Input look="compact" name="displayName" defaultValue={account.displayName} /></label>
            <label className="min-w-0 max-w-full text-xs">Vai trò
              <Select look="compact" name="role" defaultValue={account.role} aria-label={`Vai trò của ${account.username}`}>{roles.map((r) => <option key={r} value={r}>{roleLabels[r]}</option>)}</Select>
            </label>
            <label className="min-w-0 max-w-full text-xs">Đơn vị
              <Select look="compact" name="unitId" defaultValue={account.unitId ?? ""}><option value="">—</option>{units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}</Select>
            </label>
            <Button type="submit" variant="secondary" size="small" disabled={updating}>Lưu</Button>
          </form>
          <div className="flex flex-wrap gap-2">
            {(canDisable || !account.isActive) && (
              <form action={setActive} onSubmit={(e) => !account.isActive || confirmSubmit(e, disableQuestion(account))}>
                <input type="hidden" name="id" value={account.id} />
                <input type="hidden" name="active" value={account.isActive ? "0" : "1"} />
                <Button type="submit" variant={account.isActive ? "danger" : "secondary"} size="small">
                  {account.isActive ? "Vô hiệu hóa" : "Kích hoạt lại"}
                </Button>
              </form>
            )}
            <form action={resetAction} onSubmit={(e) => confirmSubmit(e, { title: `Đặt lại mật khẩu của ${account.username}?`, body: "Mật khẩu hiện tại sẽ không dùng được nữa; một mật khẩu tạm sẽ hiện ra để bạn trao cho người dùng, và họ phải đổi nó khi đăng nhập.", confirmLabel: "Đặt lại mật khẩu" })}>
              <input type="hidden" name="id" value={account.id} />
              <Button type="submit" variant="outline" size="small">Đặt lại mật khẩu</Button>
            </form>
          </div>
        </div>
      </PhoneFold>
      <Outcome state={updated} />
      <Outcome state={activated} />
      <Outcome state={reset} />
      {dialog}
    </div>
  );
}
