/** A field's errors, linked to it by aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-accent-700">
      {messages.join(" ")}
    </p>
  );
}
