import type { HTMLAttributes } from "react";

/** A white box on the workspace's grey: a group of fields, a list, a side panel. */
export function Panel({ className = "", ...props }: HTMLAttributes<HTMLElement>) {
  return <section className={`rounded border border-neutral-200 bg-white p-4 ${className}`} {...props} />;
}
