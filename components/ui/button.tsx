import type { ButtonHTMLAttributes } from "react";

const variants = {
  /** The main action of a form: "Lưu", "So sánh". */
  primary: "bg-brand-900 text-white",
  /** Another choice beside the main one. */
  secondary: "border border-brand-900 text-brand-900",
  /** A quiet action among many on a row: "Lên", "Xuống", "Sửa". */
  outline: "border border-neutral-400 bg-white text-neutral-900 hover:bg-neutral-100",
  /** What makes something public: "Xuất bản", "Đăng trang". */
  publish: "bg-green-700 text-white",
  /** What takes something away: "Gỡ bài", "Xóa". */
  danger: "border border-accent-700 text-accent-700",
} as const;

const sizes = { normal: "px-4 py-2 text-sm", small: "min-h-9 px-2 py-1 text-xs" } as const;

type Look = { variant?: keyof typeof variants; size?: keyof typeof sizes };
export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & Look;

/** The button look, for a link that acts as one ("Thêm trang mới"). */
export function buttonClasses({ variant = "primary", size = "normal" }: Look = {}): string {
  return `inline-block rounded font-semibold disabled:opacity-60 ${sizes[size]} ${variants[variant]}`;
}

/** A button in the workspace's look; type="button" unless it is given another. */
export function Button({ variant, size, className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={`${buttonClasses({ variant, size })} ${className}`} {...props} />;
}
