// No "server-only": the unit tests draw the icons as the routes do.
import sharp from "sharp";
import { icoFromPngs } from "@/core/ico";
import { SITE_ICON_FILES, type SiteIconName } from "@/core/site-icon-files";
import { unionEmblemSvg } from "@/core/union-emblem-svg";
import type { PublicSiteSettings } from "@/db/queries/public-site-settings";
import type { MediaStore } from "./media-store";
import { openStoredImage } from "./uploaded-image";

// The browser tab's icon, the phone home-screen icons and the web app's, all made from the emblem
// in the site settings (or the neutral one before any is uploaded): square, the emblem contained
// with a margin, transparent around it except on iPhones, which would fill the corners black.

type IconShape = { size: number; margin: number; opaque: boolean };

/** Raised when the drawing of the icons changes, so browsers holding the old ones fetch them again. */
const RENDERING = "1";
const CLEAR = { r: 0, g: 0, b: 0, alpha: 0 };

type EmblemFile = PublicSiteSettings["emblemFile"];

function shapeOf(name: SiteIconName, size: number): IconShape {
  // A tab icon needs every pixel; the larger ones keep a margin, as home screens expect.
  return { size, margin: size >= 180 ? Math.round(size * 0.08) : 0, opaque: name === "apple-touch-icon.png" };
}

async function squarePng(emblem: EmblemFile, store: MediaStore, { size, margin, opaque }: IconShape): Promise<Buffer> {
  const inner = size - 2 * margin;
  // The neutral emblem is drawn at the size wanted; an uploaded one is read from its largest stored WebP.
  const source = emblem ? await openStoredImage(store, emblem.fileName) : sharp(Buffer.from(unionEmblemSvg(inner)));
  const fitted = await source.resize(inner, inner, { fit: "contain", background: CLEAR }).png().toBuffer();
  const square = await sharp(fitted).extend({ top: margin, bottom: margin, left: margin, right: margin, background: CLEAR }).png().toBuffer();
  // sharp flattens before it extends whatever the order of the calls: so on the finished square.
  return (opaque ? sharp(square).flatten({ background: "#ffffff" }) : sharp(square)).png({ compressionLevel: 9 }).toBuffer();
}

/** The bytes of one icon, drawn from `emblem` (null: the neutral one). */
export async function renderSiteIcon(name: SiteIconName, emblem: EmblemFile, store: MediaStore): Promise<Uint8Array> {
  const pngs = await Promise.all(SITE_ICON_FILES[name].sizes.map(async (size) => ({ size, png: await squarePng(emblem, store, shapeOf(name, size)) })));
  if (name === "favicon.ico") return icoFromPngs(pngs);
  return pngs[0]?.png ?? new Uint8Array();
}

/** Names the icons of this emblem: it changes with the emblem, so a browser's copy is checked against it. */
export function siteIconTag(name: SiteIconName, emblem: EmblemFile): string {
  return `"${emblem?.storageKey ?? "mac-dinh"}-${name}-${RENDERING}"`;
}

// Icons of the current emblem only: a new emblem makes new ones, and the old ones are let go.
const drawn = new Map<string, Promise<Uint8Array>>();

/**
 * The icon of the current emblem, drawn once per process. An emblem whose file cannot be read
 * (a restore without its media folder) gives the neutral icon, and is tried again next time.
 */
export function siteIcon(name: SiteIconName, emblem: EmblemFile, store: MediaStore): Promise<Uint8Array> {
  const key = siteIconTag(name, emblem);
  const cached = drawn.get(key);
  if (cached) return cached;
  for (const old of drawn.keys()) if (!old.startsWith(`"${emblem?.storageKey ?? "mac-dinh"}-`)) drawn.delete(old);
  const rendering = renderSiteIcon(name, emblem, store).catch((error: unknown) => {
    drawn.delete(key);
    if (!emblem) throw error;
    console.error(`The emblem ${emblem.fileName} could not be drawn as ${name}; the neutral icon is served instead`, error);
    return renderSiteIcon(name, null, store);
  });
  drawn.set(key, rendering);
  return rendering;
}
