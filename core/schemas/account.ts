import { optionalId } from "./form-values";
import { z } from "./zod";
import { roles } from "../permissions";

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,50}$/, { error: "Tên đăng nhập gồm 3–50 chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới." });

export const accountCreateSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(2, { error: "Hãy nhập họ và tên." }).max(120, { error: "Họ và tên dài quá 120 ký tự." }),
  role: z.enum(roles, { error: "Hãy chọn vai trò." }),
  unitId: optionalId("Hãy chọn lại đơn vị."),
  /** Empty: a password is generated and shown once. */
  password: z.string().max(200, { error: "Mật khẩu dài quá 200 ký tự." }),
});

export const accountUpdateSchema = accountCreateSchema.pick({ displayName: true, role: true, unitId: true });

export const passwordChangeSchema = z
  .object({ current: z.string().min(1, { error: "Hãy nhập mật khẩu hiện tại." }), next: z.string(), confirm: z.string() })
  .refine((input) => input.next === input.confirm, { error: "Hai lần nhập mật khẩu mới không khớp.", path: ["confirm"] });

// Easy to read aloud or copy from a screen: no 0/O, 1/l/I.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random initial password, shown once to the admin: "kT7p-Qm3x-Zr9w". */
export function generatePassword(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}
