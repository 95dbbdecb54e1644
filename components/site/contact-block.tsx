import { phoneHref } from "@/core/contact-formats";
import { hasContactDetails, type ContactDetails } from "@/core/site-contacts";

// The union's contacts from the site settings: in every page's footer (dark, one line a detail)
// and under a page whose "Hiện khối liên hệ" is ticked ("Liên hệ"). Only what is set is shown.

const rows: [keyof ContactDetails, string][] = [
  ["address", "Địa chỉ"],
  ["phone", "Điện thoại"],
  ["fax", "Fax"],
  ["email", "Thư điện tử"],
  ["workingHours", "Giờ làm việc"],
];

const tones = {
  light: { list: "grid gap-x-4 gap-y-2 sm:grid-cols-[9rem_1fr]", row: "contents", term: "font-semibold text-neutral-800", value: "whitespace-pre-line text-neutral-900", link: "text-brand-700 underline" },
  dark: { list: "space-y-1.5 text-sm leading-6", row: "", term: "inline font-semibold text-white", value: "inline", link: "underline underline-offset-2 hover:text-white" },
} as const;

/** The phone as a tel: link (in its international form, for phones anywhere), the email as mailto:. */
function ContactValue({ field, value, linkClass }: { field: keyof ContactDetails; value: string; linkClass: string }) {
  const tel = field === "phone" ? phoneHref(value) : null;
  if (tel) return <a href={tel} className={linkClass}>{value}</a>;
  if (field === "email") return <a href={`mailto:${value}`} className={`${linkClass} break-all`}>{value}</a>;
  return <>{value}</>;
}

/** The details alone, as an <address>: the footer's. */
export function ContactList({ contacts, tone, className = "" }: { contacts: ContactDetails | null; tone: keyof typeof tones; className?: string }) {
  if (!hasContactDetails(contacts)) return null;
  const style = tones[tone];
  return (
    <address className={`not-italic ${className}`}>
      <dl className={style.list}>
        {rows
          .filter(([field]) => contacts[field].trim() !== "")
          .map(([field, label]) => (
            <div key={field} className={style.row}>
              <dt className={style.term}>{tone === "dark" ? `${label}: ` : label}</dt>
              <dd className={style.value}><ContactValue field={field} value={contacts[field]} linkClass={style.link} /></dd>
            </div>
          ))}
      </dl>
    </address>
  );
}

/** The block under a "Liên hệ"-style page, with its heading; nothing when no contact is known. */
export function ContactBlock(props: ContactDetails) {
  if (!hasContactDetails(props)) return null;
  return (
    <section aria-labelledby="thong-tin-lien-he" className="rounded border-l-4 border-accent-700 bg-brand-50 p-4 sm:p-6">
      <h2 id="thong-tin-lien-he" className="text-lg font-bold text-brand-900">Thông tin liên hệ</h2>
      <ContactList contacts={props} tone="light" className="mt-3" />
    </section>
  );
}
