import { siteSettingsFields, siteSettingsSchema, type SiteSettings, type SiteSettingsField } from "./schemas/site-settings";
import { vietnamCalendarDay, vietnamDayRange, type CalendarDay } from "./vi-date";

/** What the history and the audit log call each setting. */
export const siteSettingsLabels: Record<SiteSettingsField, string> = {
  name: "Tên đầy đủ",
  shortName: "Tên viết tắt",
  slogans: "Khẩu hiệu",
  sloganShown: "Khẩu hiệu đang hiện",
  emblemMediaId: "Biểu trưng (logo)",
  address: "Địa chỉ",
  phone: "Điện thoại",
  fax: "Fax",
  email: "Email",
  workingHours: "Giờ làm việc",
  responsibility: "Chịu trách nhiệm nội dung",
  licence: "Giấy phép",
  footerText: "Lời chân trang",
  facebookUrl: "Facebook",
  zaloUrl: "Zalo OA",
  youtubeUrl: "YouTube",
  shareImageMediaId: "Ảnh chia sẻ mặc định",
  relatedLinks: "Liên kết website",
};

const settingsFields = Object.keys(siteSettingsLabels) as SiteSettingsField[];

export const FALLBACK_SITE_NAME = "Bản tin Công đoàn";

/**
 * The settings of a site whose admin has not yet saved any: the root unit's name and the slogan
 * of SITE_SLOGAN. Written as the first version on the first start; read whenever the row is missing.
 */
export function firstStartSettings({ unionName, slogan }: { unionName: string | null; slogan: string }): SiteSettings {
  const name = unionName?.trim() || FALLBACK_SITE_NAME;
  return {
    name,
    shortName: name,
    slogans: [slogan.trim() || "Công đoàn Việt Nam"],
    sloganShown: 0,
    emblemMediaId: null,
    address: "",
    phone: "",
    fax: "",
    email: "",
    workingHours: "",
    responsibility: "",
    licence: "",
    footerText: "",
    facebookUrl: "",
    zaloUrl: "",
    youtubeUrl: "",
    shareImageMediaId: null,
    relatedLinks: [],
  };
}

/**
 * Stored settings (JSON from the database) read field by field: a field missing from an old
 * version, or no longer valid, takes the fallback's value instead of losing the whole version.
 */
export function readStoredSettings(content: unknown, fallback: SiteSettings): SiteSettings {
  const whole = siteSettingsSchema.safeParse(content);
  if (whole.success) return whole.data;
  const stored: Record<string, unknown> = content && typeof content === "object" ? { ...content } : {};
  const read = <K extends SiteSettingsField>(key: K): SiteSettings[K] => {
    const parsed = siteSettingsFields[key].safeParse(stored[key]);
    return parsed.success ? (parsed.data as SiteSettings[K]) : fallback[key];
  };
  const settings = Object.fromEntries(settingsFields.map((key) => [key, read(key)])) as SiteSettings;
  // A short name is the version's own name shortened, never the fallback's.
  const shortName = siteSettingsFields.shortName.safeParse(stored.shortName).data || settings.name;
  const shownExists = settings.sloganShown === "rotate" || settings.sloganShown < settings.slogans.length;
  return { ...settings, shortName, sloganShown: shownExists ? settings.sloganShown : 0 };
}

/** The fields that differ between two versions, in the form's order. */
export function changedSettingsFields(before: SiteSettings, after: SiteSettings): SiteSettingsField[] {
  return settingsFields.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** "Khẩu hiệu, Điện thoại, Email": what a change touched, for the history and the audit log. */
export function describeSettingsFields(fields: SiteSettingsField[]): string {
  return fields.map((key) => siteSettingsLabels[key]).join(", ");
}

// Days since 1970-01-01 of a calendar day: the rotation's counter.
function dayNumber(day: CalendarDay): number {
  return Math.floor(Date.UTC(day.year, day.month - 1, day.day) / 86_400_000);
}

/**
 * The slogan in the banner at this moment. "rotate" shows them in turn, one per Vietnam calendar
 * day, the same all day for every reader: slogan (days since 1970-01-01) mod count. With 3 slogans,
 * 21/12/2022 (day 19347) shows the first, 22/12 the second.
 */
export function sloganAt(settings: Pick<SiteSettings, "slogans" | "sloganShown">, now: Date): string | null {
  const { slogans, sloganShown } = settings;
  if (slogans.length === 0) return null;
  const index = sloganShown === "rotate" ? dayNumber(vietnamCalendarDay(now)) % slogans.length : sloganShown;
  return slogans[index] ?? slogans[0] ?? null;
}

/** When the banner changes by itself: the next Vietnam midnight while slogans rotate; otherwise never. */
export function nextSloganChange(settings: Pick<SiteSettings, "slogans" | "sloganShown">, now: Date): Date | null {
  if (settings.sloganShown !== "rotate" || settings.slogans.length < 2) return null;
  return vietnamDayRange(vietnamCalendarDay(now)).end;
}
