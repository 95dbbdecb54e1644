import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import sharp from "sharp";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, wrapTitle } from "@/core/share-image";
import { unionEmblemSvg } from "@/core/union-emblem-svg";
import type { PublicSiteSettings } from "@/db/queries/public-site-settings";
import type { MediaStore } from "./media-store";
import { openStoredImage } from "./uploaded-image";

// The card shared for an article without a photo, or a page without the site's sharing image:
// the emblem, the site name and the title in Be Vietnam Pro. next/og draws it offline from the
// font files in node_modules; its fallback to Google Fonts for a missing glyph cannot reach the
// network here, so the three subsets are given under three names and listed in fontFamily: a
// Vietnamese letter missing from "latin" is then found in "vietnamese" instead of left blank.

const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource/be-vietnam-pro/files");
const SUBSETS = ["latin", "vietnamese", "latin-ext"] as const;
const FONT_FAMILY = SUBSETS.map((subset) => `BeVietnamPro-${subset}`).join(", ");

type Font = { name: string; data: ArrayBuffer; weight: 700; style: "normal" };
let fonts: Promise<Font[]> | null = null;

function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    SUBSETS.map(async (subset) => {
      const bytes = await fs.readFile(path.join(FONT_DIR, `be-vietnam-pro-${subset}-700-normal.woff`));
      return { name: `BeVietnamPro-${subset}`, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, weight: 700 as const, style: "normal" as const };
    }),
  ).catch((error: unknown) => {
    fonts = null;
    throw error;
  });
  return fonts;
}

/** The emblem as a PNG data URL: the uploaded one (its largest WebP), else the neutral star. */
async function emblemDataUrl(emblem: PublicSiteSettings["emblemFile"], store: MediaStore, size: number): Promise<string> {
  const neutral = () => sharp(Buffer.from(unionEmblemSvg(size)));
  let png: Buffer;
  try {
    png = await (emblem ? await openStoredImage(store, emblem.fileName) : neutral()).resize(size, size, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
  } catch {
    // An emblem whose file is gone (a restore without its media) gives the neutral one.
    png = await neutral().png().toBuffer();
  }
  return `data:image/png;base64,${png.toString("base64")}`;
}

export type ShareCard = { siteName: string; title: string | null; emblem: PublicSiteSettings["emblemFile"]; store: MediaStore };

/** A 1200 × 630 PNG: the article's title under the emblem and site name, or the site name alone. */
export async function renderShareCard({ siteName, title, emblem, store }: ShareCard): Promise<Uint8Array> {
  const [loaded, emblemSrc] = await Promise.all([loadFonts(), emblemDataUrl(emblem, store, title ? 112 : 220)]);
  const lines = title ? wrapTitle(title, 30, 4) : [];
  const card = title ? (
    <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: "#10244d", color: "#ffffff", fontFamily: FONT_FAMILY, padding: "56px 64px" }}>
      <div style={{ display: "flex", alignItems: "center", gap: 28 }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- drawn by next/og, not shown in a page */}
        <img src={emblemSrc} width={112} height={112} alt="" />
        <div style={{ display: "flex", fontSize: 34, color: "#f4c430", lineHeight: 1.25, maxWidth: 900 }}>{wrapTitle(siteName, 48, 2).join(" ")}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 40, fontSize: 60, lineHeight: 1.22 }}>
        {lines.map((line, index) => (
          <div key={index} style={{ display: "flex" }}>{line}</div>
        ))}
      </div>
      <div style={{ display: "flex", marginTop: "auto", height: 10, width: 180, background: "#c0262d" }} />
    </div>
  ) : (
    <div style={{ display: "flex", flexDirection: "column", alignItems: "center", justifyContent: "center", width: "100%", height: "100%", background: "#10244d", color: "#ffffff", fontFamily: FONT_FAMILY, padding: 64, gap: 36 }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- drawn by next/og, not shown in a page */}
      <img src={emblemSrc} width={220} height={220} alt="" />
      <div style={{ display: "flex", flexDirection: "column", alignItems: "center", fontSize: 56, lineHeight: 1.25, color: "#f4c430" }}>
        {wrapTitle(siteName, 32, 3).map((line, index) => (
          <div key={index} style={{ display: "flex" }}>{line}</div>
        ))}
      </div>
    </div>
  );
  const response = new ImageResponse(card, { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fonts: loaded });
  return new Uint8Array(await response.arrayBuffer());
}
