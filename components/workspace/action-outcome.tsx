import type { ActionFailure, ActionResult } from "@/core/action-result";

/** What an admin form's last submission did: its message, or why it was refused. */
export function ActionOutcome({ state, children }: { state: ActionResult | ActionFailure | null; children?: React.ReactNode }) {
  if (!state) return null;
  if (!state.ok) return <p role="alert" className="text-sm text-accent-700">{state.formError}</p>;
  return (
    <div role="status" className="text-sm text-green-900">
      <p>{state.message}</p>
      {children}
    </div>
  );
}
