import type { ReactNode } from "react";

/**
 * A long form's save button and what its save answered, kept at the bottom of the screen while the
 * form scrolls under it (the settings, the menu). `data-bottom-bar` marks it, and every other bar
 * fixed at the bottom, for app/globals.css: a field or button that keyboard focus moves to at the
 * bottom of the screen is scrolled above the bar, not left behind it.
 */
export function SaveBar({ children }: { children: ReactNode }) {
  return (
    <div data-bottom-bar className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-t border-neutral-200 bg-neutral-50/95 px-4 py-3">
      {children}
    </div>
  );
}
