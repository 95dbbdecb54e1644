"use client";

import { useActionState, useCallback, useRef, startTransition, type FormEvent } from "react";
import type { ActionFailure, ActionResult } from "@/core/action-result";
import { useLeaveGuard } from "./use-leave-guard";

export type FormAction<T extends object = object> = (previous: unknown, formData: FormData) => Promise<ActionResult<T> | ActionFailure>;

/**
 * Like a form's `action`, but what was typed stays in the fields when the server refuses it
 * (React resets a form after every action otherwise); the form is emptied only on success. With
 * askBeforeLeaving, leaving the page with typed changes not saved asks first (use-leave-guard.ts).
 */
export function useKeptForm<T extends object>(action: FormAction<T>, { resetOnSuccess = false, askBeforeLeaving = false } = {}) {
  const guard = useLeaveGuard();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState(async (previous: unknown, formData: FormData) => {
    const saved = guard.sending();
    const result = await action(previous, formData);
    if (result.ok) saved();
    if (result.ok && resetOnSuccess) formRef.current?.reset();
    return result;
  }, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // With the button that sent it, as a plain submit would: "Lưu" and "Lưu và đăng" differ by it.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : null);
    startTransition(() => dispatch(formData));
  };
  // askBeforeLeaving: a form whose typing is worth a question (settings, captions), not a one-click form.
  const { watchForm } = guard;
  const ref = useCallback(
    (form: HTMLFormElement | null) => {
      formRef.current = form;
      const stopGuarding = askBeforeLeaving ? watchForm(form) : undefined;
      return () => {
        formRef.current = null;
        stopGuarding?.();
      };
    },
    [askBeforeLeaving, watchForm],
  );
  return { state, pending, form: formRef, formProps: { ref, onSubmit } };
}
