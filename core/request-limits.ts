import { formatMegabytes } from "./upload-rules";

/**
 * The largest body a server action accepts (the editor's save with its whole article, an admin
 * form). A 500,000-character article body is at most 1.5 MB of UTF-8, so 2 MB leaves room for the
 * other fields. next.config.ts gives Next the same limit; proxy.ts refuses larger bodies with 413.
 */
export const MAX_ACTION_BODY_BYTES = 2 * 1024 * 1024;

export function actionBodyTooLargeMessage(bytes: number | null): string {
  const size = bytes === null ? "" : ` nặng ${formatMegabytes(bytes)},`;
  return `Nội dung gửi lên${size} vượt quá giới hạn ${formatMegabytes(MAX_ACTION_BODY_BYTES).replace(",0", "")} cho một lần lưu. Nội dung vẫn còn trên trang của bạn: hãy rút bớt (ví dụ chia bài thành nhiều kỳ) rồi lưu lại.`;
}
