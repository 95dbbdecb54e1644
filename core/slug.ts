import { withoutMarks } from "./search-text";

const MAX_SLUG_LENGTH = 80;
const FALLBACK_SLUG = "bai-viet";

// Keeps whole words where it can: a slug cut mid-word reads as a typo in a shared link.
function cutAtDash(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const head = slug.slice(0, maxLength);
  if (slug[maxLength] === "-") return head;
  const lastDash = head.lastIndexOf("-");
  // A first word longer than the limit has no boundary to cut at.
  return lastDash > 0 ? head.slice(0, lastDash) : head;
}

/** "ĐẠI HỘI Công đoàn: “Đổi mới – Dân chủ”!" → "dai-hoi-cong-doan-doi-moi-dan-chu" */
export function slugify(text: string): string {
  const slug = withoutMarks(text).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return cutAtDash(slug, MAX_SLUG_LENGTH) || FALLBACK_SLUG;
}

/**
 * What `base` and every slug uniqueSlug makes of it begin with (up to base-99999): a base of 79 or
 * 80 characters loses its last word to make room for "-2", so base-2 does not begin with base.
 */
export function slugStem(base: string): string {
  return cutAtDash(base, MAX_SLUG_LENGTH - "-99999".length);
}

// base-n, within 80 characters: the base loses words from its end to make room for the suffix.
function numbered(base: string, n: number): string {
  const suffix = `-${n}`;
  return cutAtDash(base, MAX_SLUG_LENGTH - suffix.length) + suffix;
}

/** The base slug if free, else base-2, base-3, …: the first that is not taken, within 80 characters. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = numbered(base, n);
    if (!taken.has(candidate)) return candidate;
  }
}

/** The first `count` slugs uniqueSlug tries, in its order: base, base-2, base-3… */
export function firstSlugCandidates(base: string, count: number): string[] {
  return [base, ...Array.from({ length: count - 1 }, (_, index) => numbered(base, index + 2))];
}

const wellFormedSlug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a requested URL segment could be one of our slugs at all (checked before any query). */
export function isWellFormedSlug(value: string): boolean {
  return value.length <= 120 && wellFormedSlug.test(value);
}
