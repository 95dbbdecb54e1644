import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FieldError } from "./field-error";
import { Input, Label, TextArea } from "./field";

// A text box with its label above, its hint and its errors, linked for screen readers: field.tsx's
// controls put together for long forms. Uncontrolled, so what
// was typed stays when the server refuses the form (use-kept-form.ts).

type Common = { label: string; name: string; id?: string; hint?: string; errors?: string[]; className?: string; hideLabel?: boolean };
type TextInputProps = Common & { multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "className">;
type TextAreaProps = Common & { multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "className">;

export function TextField(props: TextInputProps | TextAreaProps) {
  const { label, name, id, hint, errors, className, hideLabel = false, ...rest } = props;
  const fieldId = id ?? `truong-${name}`;
  const hintId = `${fieldId}-goi-y`;
  const errorId = `${fieldId}-loi`;
  const invalid = Boolean(errors?.length);
  const described = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  const shared = { id: fieldId, name, "aria-invalid": invalid || undefined, "aria-describedby": described };
  return (
    <div className={className}>
      <Label htmlFor={fieldId} className={hideLabel ? "sr-only" : ""}>{label}</Label>
      {hint && <p id={hintId} className="text-xs leading-5 text-neutral-600">{hint}</p>}
      {rest.multiline ? <TextArea {...shared} {...withoutMultiline(rest)} /> : <Input type="text" {...shared} {...withoutMultiline(rest)} />}
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}

function withoutMultiline<T extends { multiline?: boolean }>({ multiline: _multiline, ...attributes }: T) {
  return attributes;
}
