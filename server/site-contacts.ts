import "server-only";
import type { ContactDetails } from "@/core/site-contacts";

/**
 * MERGE(settings): the union's contacts for the contact block of pages with "Hiện khối liên hệ"
 * (components/site/contact-block.tsx). They belong to the site settings, built in parallel
 * (site_settings, core/site-settings.ts): return their address, phone, fax, email and working
 * hours here, read through db/queries like the rest. Until then none is known and the block is
 * not shown. Pages that show it are cached under `chrome`, which a settings change expires.
 */
export function siteContacts(): ContactDetails | null {
  return null;
}
