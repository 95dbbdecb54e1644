// The shapes of the contact details an admin types: Vietnamese phone numbers and web addresses.

/**
 * The number as dialled inside Vietnam, digits only, or null when it is not a Vietnamese number:
 * "0208 3855 123", "(0208) 3.855.123" and "+84 208 3855 123" → "02083855123"; "0912-345-678" →
 * "0912345678"; the hotlines "1900 1234" and "1800 599 920" as they are. Spaces, dots, hyphens
 * and brackets are how people group digits, so they are allowed anywhere; letters are not.
 */
export function nationalPhoneDigits(value: string): string | null {
  const typed = value.trim();
  if (!/^\+?[\d\s.()-]+$/.test(typed)) return null;
  const digits = typed.replace(/\D/g, "");
  const national = typed.startsWith("+") ? (digits.startsWith("84") ? `0${digits.slice(2)}` : null) : digits;
  if (national === null) return null;
  // 10 digits for mobiles, 11 for landlines with their area code (0208 …); hotlines 1800/1900.
  return /^0[1-9]\d{8,9}$/.test(national) || /^1[89]00\d{4,6}$/.test(national) ? national : null;
}

/** The tel: address of a number for phones anywhere: "0208 3855 123" → "tel:+842083855123"; null if not a number. */
export function phoneHref(value: string): string | null {
  const national = nationalPhoneDigits(value);
  if (!national) return null;
  return national.startsWith("0") ? `tel:+84${national.slice(1)}` : `tel:${national}`;
}

/**
 * True for an absolute http(s) address of a named host: "https://www.facebook.com/congdoanhailam".
 * Anything else a link could run or open (javascript:, data:, file:, a bare "facebook.com/x") is not.
 */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && /^[^.]+(\.[^.]+)+$/.test(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}
