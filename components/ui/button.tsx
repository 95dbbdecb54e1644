import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "border-brand-900 bg-brand-900 text-white hover:bg-brand-700",
  outline: "border-neutral-400 bg-white text-neutral-900 hover:bg-neutral-100",
  danger: "border-accent-700 bg-white text-accent-700 hover:bg-red-50",
} as const;
const sizes = { md: "min-h-10 px-4 text-sm", sm: "min-h-9 px-2 text-xs" } as const;

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants; size?: keyof typeof sizes };

/** A button; type="button" unless told otherwise, so one inside a form never submits it by accident. */
export function Button({ variant = "outline", size = "md", type = "button", className = "", ...props }: ButtonProps) {
  return <button type={type} className={`inline-flex items-center justify-center gap-1 rounded border font-semibold disabled:opacity-60 ${variants[variant]} ${sizes[size]} ${className}`} {...props} />;
}
