"use client";

import { useActionState, useRef, startTransition, type FormEvent } from "react";
import type { ActionFailure, ActionResult } from "@/core/action-result";

export type FormAction<T extends object = object> = (previous: unknown, formData: FormData) => Promise<ActionResult<T> | ActionFailure>;

/**
 * Like a form's `action`, but what was typed stays in the fields when the server refuses it
 * (React resets a form after every action otherwise); the form is emptied only on success.
 */
export function useKeptForm<T extends object>(action: FormAction<T>, { resetOnSuccess = false } = {}) {
  const [state, dispatch, pending] = useActionState(async (previous: unknown, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok && resetOnSuccess) formRef.current?.reset();
    return result;
  }, null);
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // With the button that sent it, as a plain submit would: "Lưu" and "Lưu và đăng" differ by it.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : null);
    startTransition(() => dispatch(formData));
  };
  return { state, pending, formProps: { ref: formRef, onSubmit } };
}
