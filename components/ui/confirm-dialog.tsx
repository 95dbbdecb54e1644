"use client";

import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "./button";

// The workspace's question before something that cannot be undone (or is hard to): a styled,
// modal <dialog> instead of the browser's confirm box, which cannot say much, looks like an
// error on a phone and is skipped by some browsers after a few in a row. The safe choice has the
// focus, so Enter or Escape never destroys anything by accident.

export type ConfirmQuestion = {
  title: string;
  /** What will happen, in a sentence or two. */
  body: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
};

type Asking = ConfirmQuestion & { answer: (yes: boolean) => void };

/** `confirm(question)` resolves true only when the person chose the action; render `dialog` once. */
export function useConfirm() {
  const [asking, setAsking] = useState<Asking | null>(null);
  const confirmed = useRef<HTMLFormElement | null>(null);

  const confirm = useCallback(
    (question: ConfirmQuestion) =>
      new Promise<boolean>((resolve) => {
        setAsking({ ...question, answer: (yes) => { setAsking(null); resolve(yes); } });
      }),
    [],
  );

  /**
   * For a form's onSubmit: true when the person has already said yes (go on and submit);
   * otherwise stops this submit, asks, and submits the form again as it was going to on a yes.
   */
  const confirmSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>, question: ConfirmQuestion): boolean => {
      const form = event.currentTarget;
      if (confirmed.current === form) {
        confirmed.current = null;
        return true;
      }
      event.preventDefault();
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      void confirm(question).then((yes) => {
        if (!yes) return;
        confirmed.current = form;
        form.requestSubmit(submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : null);
      });
      return false;
    },
    [confirm],
  );

  const dialog = asking ? <ConfirmDialog {...asking} /> : null;
  return { confirm, confirmSubmit, dialog };
}

function ConfirmDialog({ title, body, confirmLabel, cancelLabel = "Không, quay lại", answer }: Asking) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLButtonElement>("[data-safe-choice]")?.focus();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-tieu-de`}
      aria-describedby={`${id}-noi-dung`}
      // Escape closes a modal dialog by itself: that is a "no".
      onCancel={(event) => { event.preventDefault(); answer(false); }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-neutral-300 bg-white p-5 text-neutral-900 shadow-xl backdrop:bg-black/50"
    >
      {/* break-words: a title may quote a long file name ("Xóa ảnh “IMG_20241120_093015_…”?"), which must wrap on a phone. */}
      <h2 id={`${id}-tieu-de`} className="break-words text-lg font-bold">{title}</h2>
      <div id={`${id}-noi-dung`} className="mt-2 text-sm leading-6">{body}</div>
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <Button data-safe-choice variant="secondary" onClick={() => answer(false)}>{cancelLabel}</Button>
        <Button variant="danger" onClick={() => answer(true)}>{confirmLabel}</Button>
      </div>
    </dialog>
  );
}
