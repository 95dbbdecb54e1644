import { imageSources, mediaFileName, type ImageSources } from "@/core/media-files";
import type { RelatedLink } from "@/core/schemas/site-settings";
import type { ContactDetails } from "@/core/site-contacts";
import { nextSloganChange, sloganAt } from "@/core/site-settings";
import type { Database } from "../client";
import { settingsImage, siteSettingsState, type SettingsImage } from "./site-settings";

export type SocialLink = { network: "facebook" | "zalo" | "youtube"; label: string; url: string };

/** The settings as the public pages, the icons and the previews use them: never the stored JSON. */
export type PublicSiteSettings = {
  name: string;
  shortName: string;
  /** The banner's slogan at this moment (see sloganAt). */
  slogan: string | null;
  /** When the banner changes by itself (rotating slogans: the next Vietnam midnight). */
  sloganChangesAt: Date | null;
  emblem: ImageSources | null;
  /** The stored file the icons are made from (the largest WebP, which keeps transparency), and its key. */
  emblemFile: { storageKey: string; fileName: string } | null;
  contacts: ContactDetails;
  responsibility: string;
  licence: string;
  footerText: string;
  social: SocialLink[];
  shareImage: ImageSources | null;
  relatedLinks: RelatedLink[];
};

function emblemFileOf(image: SettingsImage | null): PublicSiteSettings["emblemFile"] {
  const largest = image ? Math.max(...image.variantWidths) : 0;
  return image && largest > 0 ? { storageKey: image.storageKey, fileName: mediaFileName(image.storageKey, largest, "webp") } : null;
}

export async function publicSiteSettings(db: Database, fallbackSlogan: string, now: Date): Promise<PublicSiteSettings> {
  const { settings } = await siteSettingsState(db, fallbackSlogan);
  const emblem = await settingsImage(db, settings.emblemMediaId);
  const shareImage = await settingsImage(db, settings.shareImageMediaId);
  const social: SocialLink[] = [
    { network: "facebook" as const, label: "Facebook", url: settings.facebookUrl },
    { network: "zalo" as const, label: "Zalo OA", url: settings.zaloUrl },
    { network: "youtube" as const, label: "YouTube", url: settings.youtubeUrl },
  ].filter((link) => link.url !== "");
  return {
    name: settings.name,
    shortName: settings.shortName,
    slogan: sloganAt(settings, now),
    sloganChangesAt: nextSloganChange(settings, now),
    // The emblem stands for the union, whose name is written beside it.
    emblem: emblem ? imageSources({ ...emblem, alt: "" }) : null,
    emblemFile: emblemFileOf(emblem),
    contacts: {
      address: settings.address,
      phone: settings.phone,
      fax: settings.fax,
      email: settings.email,
      workingHours: settings.workingHours,
    },
    responsibility: settings.responsibility,
    licence: settings.licence,
    footerText: settings.footerText,
    social,
    shareImage: shareImage ? imageSources({ ...shareImage, alt: shareImage.alt || settings.name }) : null,
    relatedLinks: settings.relatedLinks,
  };
}
