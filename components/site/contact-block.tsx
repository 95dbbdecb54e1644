import type { PublicSiteSettings } from "@/db/queries/public-site-settings";

type Contacts = PublicSiteSettings["contacts"];

/**
 * The union's address, phone (a tel: link), fax, email (a mailto: link) and working hours, each
 * only when set: the footer shows it, and so can a "Liên hệ" page. `tone` suits the background.
 */
export function ContactBlock({ contacts, tone = "light", className = "" }: { contacts: Contacts; tone?: "light" | "dark"; className?: string }) {
  const { address, phone, phoneHref, fax, email, workingHours } = contacts;
  const term = tone === "dark" ? "font-semibold text-white" : "font-semibold text-brand-900";
  const link = tone === "dark" ? "underline underline-offset-2 hover:text-white" : "text-brand-700 underline underline-offset-2 hover:text-accent-700";
  const rows: [string, React.ReactNode][] = [];
  if (address) rows.push(["Địa chỉ", address]);
  if (phone) rows.push(["Điện thoại", phoneHref ? <a href={phoneHref} className={link}>{phone}</a> : phone]);
  if (fax) rows.push(["Fax", fax]);
  if (email) rows.push(["Email", <a key="email" href={`mailto:${email}`} className={`${link} break-all`}>{email}</a>]);
  if (workingHours) rows.push(["Giờ làm việc", workingHours]);
  if (rows.length === 0) return null;
  return (
    <address className={`not-italic ${className}`}>
      <dl className="space-y-1.5 text-sm leading-6">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className={`inline ${term}`}>{label}: </dt>
            <dd className="inline">{value}</dd>
          </div>
        ))}
      </dl>
    </address>
  );
}
