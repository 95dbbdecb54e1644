// Every command that writes runs through here: one transaction for its checks and its writes.
import { failure, type ActionFailure, type ActionResult } from "@/core/action-result";
import type { Database, Transaction } from "@/db/client";
import { constraintViolationOf, isDatabaseUnavailable, writeTransaction } from "@/db/transaction";

const TAKEN_ELSEWHERE = "Chưa lưu được vì trùng với một mục vừa được tạo ở nơi khác. Hãy tải lại trang rồi thử lại.";
const GONE_ELSEWHERE = "Chưa lưu được: một mục bạn chọn không còn (có thể vừa bị xóa). Hãy tải lại trang rồi chọn lại.";

/** A save that met a database restarting or out of reach: nothing was written, and the editor's text is still on the page. */
export const DATABASE_UNAVAILABLE = failure(
  "Chưa lưu được vì máy chủ dữ liệu đang khởi động lại hoặc tạm thời không trả lời. Nội dung bạn nhập vẫn còn trên trang: hãy thử lại sau ít giây.",
);

/** Thrown inside the transaction only to roll it back; never leaves this file. */
class Refused extends Error {}

/**
 * Runs a command's reads that decide (existence, permission, version, uniqueness) and all its
 * writes in one transaction. A command that returns a failure has written nothing, whatever it
 * wrote before deciding so. A unique or missing-reference refusal that escaped the checks (they
 * should not) becomes a failure: `uniqueFailures` names the one for each column, e.g.
 * { "users.username": … }. Any other error rolls back and throws: it is a bug or a broken disk,
 * which error.tsx shows calmly while the server logs its cause.
 */
export async function atomically<R extends ActionResult>(
  db: Database,
  work: (tx: Transaction) => Promise<R> | R,
  uniqueFailures: Record<string, ActionFailure> = {},
): Promise<R | ActionFailure> {
  const outcome: { refusal?: R } = {};
  try {
    return await writeTransaction(db, async (tx) => {
      const result = await work(tx);
      if (!result.ok) {
        outcome.refusal = result;
        throw new Refused();
      }
      return result;
    });
  } catch (error) {
    if (error instanceof Refused && outcome.refusal) return outcome.refusal;
    const violation = constraintViolationOf(error);
    if (violation?.kind === "unique") return violation.columns.map((column) => uniqueFailures[column]).find(Boolean) ?? failure(TAKEN_ELSEWHERE);
    if (violation?.kind === "foreign-key") return failure(GONE_ELSEWHERE);
    if (isDatabaseUnavailable(error)) return DATABASE_UNAVAILABLE;
    throw error;
  }
}
