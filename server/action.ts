import "server-only";
import { failure, type ActionFailure } from "@/core/action-result";
import { ADMIN_ONLY } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { isDatabaseUnavailable } from "@/db/transaction";
import { DATABASE_UNAVAILABLE } from "./atomically";
import { getWorkingUser, type CurrentUser } from "./session";

export const SESSION_EXPIRED =
  "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại ở một thẻ khác rồi bấm lưu lần nữa: nội dung trên trang này vẫn còn nguyên.";

/** A hand-made request can call an action with anything as its argument, or with none. */
export const NOT_A_FORM = failure("Yêu cầu không hợp lệ: thiếu nội dung biểu mẫu. Hãy tải lại trang rồi thao tác lại.");

export const isForm = (value: unknown): value is FormData => value instanceof FormData;

export type ActionHandler<R> = (user: CurrentUser, formData: FormData) => R | Promise<R>;

function guardedAction<R>(refusal: (user: CurrentUser) => ActionFailure | null, handler: ActionHandler<R>) {
  return async (formData: FormData): Promise<R | ActionFailure> => {
    try {
      const user = await getWorkingUser();
      if (!user) return failure(SESSION_EXPIRED);
      const refused = refusal(user);
      if (refused) return refused;
      return isForm(formData) ? await handler(user, formData) : NOT_A_FORM;
    } catch (error) {
      // The reads before a command (who is asking) meet a restarting database too: the same answer.
      if (isDatabaseUnavailable(error)) return DATABASE_UNAVAILABLE;
      throw error;
    }
  };
}

/**
 * The one way a server action starts: the user is re-read from the database (a disabled account
 * is refused at once). What they may do, and the input, are checked by the command it calls.
 */
export function defineAction<R>(handler: ActionHandler<R>) {
  return guardedAction(() => null, handler);
}

/** A form field as a string ("" when missing or a file). */
export function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** A form field as a positive id, or null. */
export function idField(formData: FormData, name: string): number | null {
  return recordIdFrom(field(formData, name));
}

/**
 * An action only some users may take (editors and admins for the pages): anyone else is refused
 * with `refusal` before their input is even read. The command checks again.
 */
export function definePermittedAction<R>(allowed: (user: CurrentUser) => boolean, refusal: string, handler: ActionHandler<R>) {
  return guardedAction((user) => (allowed(user) ? null : failure(refusal)), handler);
}

/** An action only admins may take; the role is re-read with the user on every call. */
export function defineAdminAction<R>(handler: ActionHandler<R>) {
  return guardedAction((user) => (user.role === "admin" ? null : failure(ADMIN_ONLY)), handler);
}
