/** Why something was refused, read out at once: a form's error above its fields. */
export function Alert({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" className="rounded border border-accent-700 bg-red-50 p-3 text-sm text-accent-700">
      {children}
    </p>
  );
}
