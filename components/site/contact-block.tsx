import { hasContactDetails, type ContactDetails } from "@/core/site-contacts";

const rows: [keyof ContactDetails, string][] = [
  ["address", "Địa chỉ"],
  ["phone", "Điện thoại"],
  ["fax", "Fax"],
  ["email", "Thư điện tử"],
  ["workingHours", "Giờ làm việc"],
];

function ContactValue({ field, value }: { field: keyof ContactDetails; value: string }) {
  if (field === "phone") return <a href={`tel:${value.replace(/[^\d+]/g, "")}`} className="text-brand-700 underline">{value}</a>;
  if (field === "email") return <a href={`mailto:${value}`} className="text-brand-700 underline">{value}</a>;
  return <>{value}</>;
}

/**
 * The union's contacts under a page whose "Hiện khối liên hệ" is ticked ("Liên hệ"); nothing when
 * none is known. Its data comes from server/site-contacts.ts.
 */
export function ContactBlock(props: ContactDetails) {
  if (!hasContactDetails(props)) return null;
  return (
    <section aria-labelledby="thong-tin-lien-he" className="rounded border-l-4 border-accent-700 bg-brand-50 p-4 sm:p-6">
      <h2 id="thong-tin-lien-he" className="text-lg font-bold text-brand-900">Thông tin liên hệ</h2>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[9rem_1fr]">
        {rows
          .filter(([field]) => props[field].trim() !== "")
          .map(([field, label]) => (
            <div key={field} className="contents">
              <dt className="font-semibold text-neutral-800">{label}</dt>
              <dd className="whitespace-pre-line text-neutral-900"><ContactValue field={field} value={props[field]} /></dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
