import "server-only";
import type { ContactDetails } from "@/core/site-contacts";
import { siteSettingsNow } from "./site-settings";

/**
 * The union's contacts from the site settings, for the contact block of pages with "Hiện khối liên
 * hệ" (components/site/contact-block.tsx); null when none is set. Pages that show it are cached
 * under `chrome`, which a settings change expires.
 */
export async function siteContacts(): Promise<ContactDetails | null> {
  const { contacts } = await siteSettingsNow();
  return Object.values(contacts).some((value) => value.trim() !== "") ? contacts : null;
}
