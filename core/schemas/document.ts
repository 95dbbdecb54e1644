import { documentDayProblems, documentStatuses } from "../documents";
import { recordIdFrom } from "../record-id";
import { isWellFormedSlug, slugify } from "../slug";
import { optionalDay, requiredDay, requiredId, trimmedText as text } from "./form-values";
import { z } from "./zod";

/**
 * The issuing body: "unit:5" (a unit of the site, whose issuer row is made on first use) or
 * "body:12" (an outside body already on the list), or a new outside body's name typed in
 * `newIssuer` when "new" is chosen.
 */
const issuerChoice = z.string().transform((value, context) => {
  const match = /^(unit|body):(\d+)$/.exec(value);
  const id = recordIdFrom(match?.[2]);
  if (match && id !== null) return { kind: match[1] as "unit" | "body", id };
  if (value === "new") return { kind: "new" as const };
  context.addIssue({ code: "custom", message: "Hãy chọn cơ quan ban hành." });
  return z.NEVER;
});

/**
 * What the document form sends (issue 16). The number may be empty (some announcements have
 * none); the abstract may not. Whether the number is already registered for the same form and
 * year is a warning the command gives, not a refusal here.
 */
export const documentSchema = z
  .object({
    formId: requiredId("Hãy chọn loại văn bản."),
    issuer: issuerChoice,
    newIssuer: text(200, "Tên cơ quan ban hành"),
    number: text(60, "Số/ký hiệu"),
    issuedOn: requiredDay("ngày ban hành"),
    inForceOn: optionalDay("ngày có hiệu lực"),
    ceasesOn: optionalDay("ngày hết hiệu lực"),
    signer: text(120, "Người ký"),
    abstract: text(1000, "Trích yếu").pipe(z.string().min(1, { error: "Hãy nhập trích yếu của văn bản." })),
    field: text(120, "Lĩnh vực"),
    legalStatus: z.enum(documentStatuses, { error: "Hãy chọn tình trạng hiệu lực." }),
    slug: text(120, "Đường dẫn").refine((value) => value === "" || isWellFormedSlug(value), {
      error: "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: ke-hoach-47-kh-ldld.",
    }),
  })
  .superRefine((input, context) => {
    if (input.issuer.kind === "new" && input.newIssuer === "") context.addIssue({ code: "custom", path: ["newIssuer"], message: "Hãy nhập tên cơ quan ban hành mới." });
    const problems = documentDayProblems({ issuedOn: input.issuedOn, inForceOn: input.inForceOn, ceasesOn: input.ceasesOn });
    for (const [field, messages] of Object.entries(problems)) for (const message of messages) context.addIssue({ code: "custom", path: [field], message });
  })
  .transform((input) => ({
    ...input,
    slug: input.slug || slugify(`${input.number} ${input.abstract}`).slice(0, 100).replace(/-+$/, "") || "van-ban",
  }));

export type DocumentInput = z.output<typeof documentSchema>;
