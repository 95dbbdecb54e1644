// How large a request body the server accepts. The editor checks a save against it before sending,
// and the server refuses a larger one (413): both read the same number here.
export const MAX_ACTION_BODY_BYTES = 2 * 1024 * 1024;

/** A limit as people read it: 2097152 → "2 MB", 1572864 → "1,5 MB" (Vietnamese decimal comma). */
export function formatByteLimit(bytes: number): string {
  const megabytes = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${String(megabytes).replace(".", ",")} MB`;
}
