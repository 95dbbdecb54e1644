import { formatByteLimit } from "./vi-number";

// How large a request body the server accepts. The editor checks a save against it before sending,
// and the server refuses a larger one (413): both read the same number here.

/**
 * The largest body a server action accepts (the editor's save with its whole article, an admin
 * form). A 500,000-character article body is at most 1.5 MB of UTF-8, so 2 MB leaves room for the
 * other fields. next.config.ts gives Next the same limit; proxy.ts refuses larger bodies with 413.
 */
export const MAX_ACTION_BODY_BYTES = 2 * 1024 * 1024;

/** What proxy.ts answers a server action's body over the limit (its size when it was declared). */
export function actionBodyTooLargeMessage(bytes: number | null): string {
  const size = bytes === null ? "" : ` nặng ${formatByteLimit(bytes)},`;
  return `Nội dung gửi lên${size} vượt quá giới hạn ${formatByteLimit(MAX_ACTION_BODY_BYTES)} cho một lần lưu. Nội dung vẫn còn trên trang của bạn: hãy rút bớt (ví dụ chia bài thành nhiều kỳ) rồi lưu lại.`;
}
