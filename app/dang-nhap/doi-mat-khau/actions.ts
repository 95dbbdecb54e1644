"use server";

import { failure } from "@/core/action-result";
import { changeOwnPasswordCommand } from "@/server/account-commands";
import { SESSION_EXPIRED, field, isForm, NOT_A_FORM } from "@/server/action";
import { getDatabase } from "@/server/database";
import { requestIp } from "@/server/request-ip";
import { getCurrentUser } from "@/server/session";

/** Open to an account that must change its password (defineAction is not, on purpose). */
export async function changePasswordAction(_previous: unknown, formData: FormData) {
  const user = await getCurrentUser();
  if (!user) return failure(SESSION_EXPIRED);
  if (!isForm(formData)) return NOT_A_FORM;
  return changeOwnPasswordCommand(
    getDatabase(),
    user,
    { current: field(formData, "current"), next: field(formData, "next"), confirm: field(formData, "confirm") },
    { ip: await requestIp() },
  );
}
