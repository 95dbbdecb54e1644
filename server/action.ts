import "server-only";
import { failure, type ActionFailure } from "@/core/action-result";
import { ADMIN_ONLY } from "@/core/permissions";
import { getWorkingUser, type CurrentUser } from "./session";

export const SESSION_EXPIRED =
  "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại ở một thẻ khác rồi bấm lưu lần nữa: nội dung trên trang này vẫn còn nguyên.";

/**
 * The one way a server action starts: the user is re-read from the database (a disabled account
 * is refused at once). What they may do, and the input, are checked by the command it calls.
 */
export function defineAction<R>(handler: (user: CurrentUser, formData: FormData) => R | Promise<R>) {
  return async (formData: FormData): Promise<R | ActionFailure> => {
    const user = await getWorkingUser();
    if (!user) return failure(SESSION_EXPIRED);
    return handler(user, formData);
  };
}

/** A form field as a string ("" when missing or a file). */
export function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** A form field as a positive id, or null. */
export function idField(formData: FormData, name: string): number | null {
  const value = field(formData, name);
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

/** An action only admins may take; the role is re-read with the user on every call. */
export function defineAdminAction<R>(handler: (user: CurrentUser, formData: FormData) => R | Promise<R>) {
  return defineAction((user, formData) => (user.role === "admin" ? handler(user, formData) : failure(ADMIN_ONLY)));
}
