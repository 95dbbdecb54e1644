import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const controlClass = "mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1.5 text-sm font-normal aria-invalid:border-accent-700";

/** A text box in a form: put it inside its <label>, with its error linked by aria-describedby. */
export function TextInput({ className = "", ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input type="text" className={`${controlClass} ${className}`} {...props} />;
}

/** A text box of several lines, styled as TextInput. */
export function TextArea({ className = "", ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={`${controlClass} ${className}`} {...props} />;
}

/** A drop-down list in a form, styled as TextInput. */
export function SelectInput({ className = "", ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={`${controlClass} ${className}`} {...props} />;
}
