import type { InputHTMLAttributes, LabelHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// The form controls, the workspace's and the readers' filters: one look for every label, input, text
// area and list, in three sizes. (On a phone every field's text is at least 16 px: app/globals.css.)

/**
 * "form": a field of a form, a full row under its label; "compact": a row of small fields in a table
 * or a list of items (accounts, units, categories); "filter": a list or box in a filter bar, as wide
 * as its text, as tall as a touch target.
 */
export type ControlLook = "form" | "compact" | "filter";

const looks: Record<ControlLook, string> = {
  form: "mt-1 block w-full px-3 py-2",
  compact: "mt-1 block w-full px-2 py-1.5 text-sm",
  filter: "min-h-10 px-2 text-sm",
};

// The same looks' padding above and below (py-2, py-1.5, none) and the border's two pixels: the frame
// a text area's lines are measured inside. A padding changed above is changed here too.
const verticalFrame: Record<ControlLook, string> = { form: "1rem + 2px", compact: "0.75rem + 2px", filter: "2px" };

const controlClass = (look: ControlLook, className: string) =>
  `rounded border border-neutral-400 bg-white font-normal aria-invalid:border-accent-700 ${looks[look]} ${className}`;

type Look = { look?: ControlLook };

export function Label({ className = "", ...props }: LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={`block text-sm font-semibold text-neutral-800 ${className}`} {...props} />;
}

export function Input({ className = "", look = "form", ...props }: InputHTMLAttributes<HTMLInputElement> & Look) {
  return <input className={controlClass(look, className)} {...props} />;
}

/**
 * A text area grows with its text, from `rows` lines up to 24rem, so a long title, sapo or footer line
 * is read whole on a phone instead of scrolled inside a box of two lines. Browsers without
 * `field-sizing` (Safari before 26.2) keep the box of `rows` lines, scrolling inside it as before.
 */
export function TextArea({ className = "", look = "form", rows = 2, style, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & Look) {
  return (
    <textarea
      rows={rows}
      style={{ minHeight: `calc(${rows}lh + ${verticalFrame[look]})`, ...style }}
      className={controlClass(look, `field-sizing-content max-h-96 ${className}`)}
      {...props}
    />
  );
}

export function Select({ className = "", look = "form", ...props }: SelectHTMLAttributes<HTMLSelectElement> & Look) {
  return <select className={controlClass(look, className)} {...props} />;
}

/**
 * For what is kept exactly as typed (an address, a slug, a user name): a phone's keyboard neither
 * capitalises its first letter nor "corrects" its words, which would make "Hoi-dien" of a slug the
 * server refuses, or of a user name one that does not sign in.
 */
export const typedAsIs = { autoCapitalize: "none", autoCorrect: "off", spellCheck: false } as const;
