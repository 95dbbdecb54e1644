import { fieldErrorsOf, type FieldErrors } from "../action-result";
import { isWebAddress, nationalPhoneDigits } from "../contact-formats";
import { MAX_RELATED_LINKS, MAX_SLOGANS } from "../site-settings-limits";
import { optionalId } from "./form-values";
import { z } from "./zod";

// The union's site settings as the admin's form sends them and as they are stored: the schema
// accepts its own output, so a stored version (or an old revision) is read back through it too.

const text = (max: number, what: string) => z.string().trim().max(max, { error: `${what} dài quá ${max} ký tự.` });

const WEB_ADDRESS = "Hãy nhập một địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://, ví dụ: https://www.facebook.com/congdoanhailam";
const optionalWebAddress = (what: string) => text(500, what).refine((value) => value === "" || isWebAddress(value), { error: WEB_ADDRESS });

const PHONE = "Số điện thoại chưa đúng. Ví dụ: 0208 3855 123, (0208) 3.855.123 hoặc +84 208 3855 123.";
const optionalPhone = (what: string) => text(60, what).refine((value) => value === "" || nationalPhoneDigits(value) !== null, { error: PHONE });

const slogan = z
  .string()
  .trim()
  .min(1, { error: "Khẩu hiệu không được để trống: hãy nhập nội dung hoặc xóa dòng này." })
  .max(300, { error: "Khẩu hiệu dài quá 300 ký tự." });

/** A blank row of a list (added, then left empty) is not an entry. */
const blankRowsDropped = (value: unknown) =>
  Array.isArray(value) ? value.filter((row) => !(row && typeof row === "object" && Object.values(row).every((cell) => typeof cell === "string" && cell.trim() === ""))) : value;

const relatedLink = z.object({
  label: z.string().trim().min(1, { error: "Hãy nhập tên website." }).max(120, { error: "Tên website dài quá 120 ký tự." }),
  url: z.string().trim().max(500, { error: "Địa chỉ dài quá 500 ký tự." }).refine(isWebAddress, { error: WEB_ADDRESS }),
});

/** "rotate", or the position of the slogan shown now ("0" from the form, 0 once stored). */
const PICK_SLOGAN = "Hãy chọn khẩu hiệu được hiển thị.";
const sloganShown = z.union([z.literal("rotate"), z.coerce.number({ error: PICK_SLOGAN }).int({ error: PICK_SLOGAN }).min(0, { error: PICK_SLOGAN })], { error: PICK_SLOGAN });

const emailAddress = z.email();

export const siteSettingsFields = {
  name: z.string().trim().min(2, { error: "Hãy nhập tên đầy đủ của tổ chức (ít nhất 2 ký tự)." }).max(200, { error: "Tên đầy đủ dài quá 200 ký tự." }),
  /** Empty: the full name is used. */
  shortName: text(60, "Tên viết tắt"),
  slogans: z.array(slogan, { error: "Hãy nhập ít nhất một khẩu hiệu." }).min(1, { error: "Hãy nhập ít nhất một khẩu hiệu." }).max(MAX_SLOGANS, { error: `Nhiều nhất ${MAX_SLOGANS} khẩu hiệu.` }),
  sloganShown,
  emblemMediaId: optionalId("Hãy chọn lại biểu trưng."),
  address: text(300, "Địa chỉ"),
  phone: optionalPhone("Số điện thoại"),
  fax: optionalPhone("Số fax"),
  email: text(200, "Email").refine((value) => value === "" || emailAddress.safeParse(value).success, { error: "Email chưa đúng, ví dụ: lienhe@hailam.congdoan.vn" }),
  workingHours: text(200, "Giờ làm việc"),
  responsibility: text(300, "Dòng “Chịu trách nhiệm nội dung”"),
  licence: text(300, "Dòng giấy phép"),
  footerText: text(1000, "Lời chân trang"),
  facebookUrl: optionalWebAddress("Địa chỉ Facebook"),
  zaloUrl: optionalWebAddress("Địa chỉ Zalo OA"),
  youtubeUrl: optionalWebAddress("Địa chỉ YouTube"),
  shareImageMediaId: optionalId("Hãy chọn lại ảnh chia sẻ mặc định."),
  relatedLinks: z.preprocess(blankRowsDropped, z.array(relatedLink, { error: "Danh sách liên kết không hợp lệ." }).max(MAX_RELATED_LINKS, { error: `Nhiều nhất ${MAX_RELATED_LINKS} liên kết.` })),
};

export const siteSettingsSchema = z
  .object(siteSettingsFields)
  .refine((input) => input.sloganShown === "rotate" || input.slogans.length === 0 || input.sloganShown < input.slogans.length, {
    error: "Hãy chọn một khẩu hiệu trong danh sách, hoặc “Luân phiên mỗi ngày”.",
    path: ["sloganShown"],
  })
  .transform((input) => ({ ...input, shortName: input.shortName || input.name }));

export type SiteSettings = z.output<typeof siteSettingsSchema>;
export type SiteSettingsField = keyof SiteSettings;
export type RelatedLink = SiteSettings["relatedLinks"][number];

/**
 * Every field's errors at once, a list's keyed by row: "slogans.1", "relatedLinks.0.url", so the
 * form can put each message under the field it is about.
 */
export function siteSettingsFieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]): FieldErrors {
  return fieldErrorsOf(issues.map((issue) => ({ message: issue.message, path: [issue.path.map(String).join(".") || "form"] })));
}
