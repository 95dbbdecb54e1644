"use client";

import { Button } from "@/components/ui/button";
import { ActionOutcome } from "./action-outcome";
import { useKeptForm, type FormAction } from "./use-kept-form";

type PageRowControlsProps = { page: { id: number; title: string }; actions: { move: FormAction; remove: FormAction } };

/** A page's place among its siblings (up, down) and its deletion, with what each did or why it was refused. */
export function PageRowControls({ page, actions }: PageRowControlsProps) {
  const move = useKeptForm(actions.move);
  const remove = useKeptForm(actions.remove);
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap items-center gap-2">
        {(["up", "down"] as const).map((direction) => (
          <form key={direction} {...move.formProps} className="contents">
            <input type="hidden" name="pageId" value={page.id} />
            <input type="hidden" name="direction" value={direction} />
            <Button type="submit" variant="secondary" size="small" disabled={move.pending} aria-label={`Chuyển ${page.title} ${direction === "up" ? "lên" : "xuống"}`}>
              {direction === "up" ? "↑ Lên" : "↓ Xuống"}
            </Button>
          </form>
        ))}
        <form
          {...remove.formProps}
          onSubmit={(event) => {
            if (!window.confirm(`Xóa hẳn trang “${page.title}”? Không thể hoàn tác.`)) return event.preventDefault();
            remove.formProps.onSubmit(event);
          }}
          className="contents"
        >
          <input type="hidden" name="pageId" value={page.id} />
          <Button type="submit" variant="danger" size="small" disabled={remove.pending} aria-label={`Xóa trang ${page.title}`}>Xóa</Button>
        </form>
      </div>
      <ActionOutcome state={move.state} />
      <ActionOutcome state={remove.state} />
    </div>
  );
}
