/** What every server action returns: expected failures are values, only real bugs throw. */
export type FieldErrors = Record<string, string[]>;

export type ActionFailure = {
  ok: false;
  formError?: string;
  fieldErrors?: FieldErrors;
};

export type ActionResult<T extends object = object> = ({ ok: true; message?: string } & T) | ActionFailure;

export function failure(formError: string, fieldErrors?: FieldErrors): ActionFailure {
  return { ok: false, formError, fieldErrors };
}

/** zod issues as { field: [messages] }, every field's errors, not only the first. */
export function fieldErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
