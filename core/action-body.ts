// What proxy.ts checks in a server action's body before Next decodes it. React's decoder answers a
// malformed or absurdly nested body by throwing (a JSON SyntaxError, "Maximum call stack size
// exceeded" at 5,000 levels), which Next turns into a 500; our actions never send more than a few
// levels: a FormData, or [previous state, FormData].

/** Deeper than any body our forms send (they reach about 5), far below what would exhaust the stack. */
export const MAX_ACTION_NESTING = 64;

/** How deep arrays and objects nest in a JSON text, without parsing it; strings are skipped. */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i++; // a backslash escapes the next character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) deepest = Math.max(deepest, ++depth);
    else if (code === 93 || code === 125) depth--;
  }
  return deepest;
}

/**
 * Multipart fields React reads as JSON: the reply's chunks ("0", "1"…) and a no-JavaScript form's
 * bound arguments ("$ACTION_1:0"). A form's own fields ("1_title") are plain text.
 */
export function isReplyJsonField(name: string): boolean {
  return /^\d+$/.test(name) || /^\$ACTION_\d+:\d+$/.test(name);
}

// React's reply marks references with a leading "$": "$K1" is a FormData (our actions' argument),
// "$undefined", "$D…" (a date) and "$$…" (a string that starts with "$") are plain values. Every other
// form points at another part of the body, a stream, a typed array or a temporary reference, which
// our actions never receive and which the decoder answers with a 500 when it is missing or bogus.
const PLAIN_REFERENCE = /^\$(\$|K[0-9a-f]{1,8}$|undefined$|u$|D|I|N|-)/;

function hasForeignReference(value: unknown): boolean {
  if (typeof value === "string") return value.startsWith("$") && !PLAIN_REFERENCE.test(value);
  if (Array.isArray(value)) return value.some(hasForeignReference);
  if (value && typeof value === "object") return Object.values(value).some(hasForeignReference);
  return false;
}

/**
 * Why a JSON part of an action's body would make the decoder fail, or null when it is fine.
 * `ownForms`: sent by our pages' JavaScript, so only plain values and FormData may appear.
 */
export function replyJsonProblem(text: string, options: { ownForms: boolean } = { ownForms: true }): "too-deep" | "malformed" | null {
  if (jsonNestingDepth(text) > MAX_ACTION_NESTING) return "too-deep";
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "malformed";
  }
  return options.ownForms && hasForeignReference(value) ? "malformed" : null;
}

export const MALFORMED_ACTION_MESSAGE = "Yêu cầu gửi lên không đúng định dạng nên không được xử lý. Hãy tải lại trang rồi thao tác lại.";
