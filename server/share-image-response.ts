import "server-only";
import { parseShareImageName, shareImagePath, versionOf, type ShareImageName } from "@/core/share-image";
import { mediaByStorageKey } from "@/db/queries/media";
import { publicArticleCard } from "@/db/queries/public-articles";
import type { PublicSiteSettings } from "@/db/queries/public-site-settings";
import { getDatabase } from "./database";
import { mediaStore } from "./media-store";
import { renderShareCard } from "./share-card";
import { renderSharePhoto } from "./share-photo";
import { siteSettingsNow } from "./site-settings";

// /api/anh-chia-se/<name>: the 1200 × 630 pictures that og:image names (core/share-image.ts).
// A name says what it shows, so the answer to the current name is kept for a year; an older name
// (an article changed since a page was shared) gets what the article shows now, kept briefly.

const FOR_GOOD = "public, max-age=31536000, immutable";
const BRIEFLY = "public, max-age=300";

/** The card of an article: its version changes with its last save, and with the site name or emblem drawn on it. */
export function articleCardName(articleId: number, updatedAt: Date, settings: PublicSiteSettings): ShareImageName {
  return { kind: "article", articleId, version: versionOf(updatedAt.getTime(), settings.name, settings.emblemFile?.storageKey ?? "") };
}

export function siteCardName(settings: PublicSiteSettings): ShareImageName {
  return { kind: "site", version: versionOf(settings.name, settings.emblemFile?.storageKey ?? "") };
}

// The last cards drawn, so a link shared in many chats at once is drawn once.
const drawn = new Map<string, Promise<Uint8Array>>();
const KEEP = 40;

function drawOnce(path: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const held = drawn.get(path);
  if (held) return held;
  const drawing = draw().catch((error: unknown) => {
    drawn.delete(path);
    throw error;
  });
  drawn.set(path, drawing);
  if (drawn.size > KEEP) drawn.delete(drawn.keys().next().value ?? "");
  return drawing;
}

const notFound = () => new Response("Không tìm thấy ảnh.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

function holds(request: Request, tag: string): boolean {
  const held = request.headers.get("if-none-match");
  return held !== null && held.split(",").some((each) => each.trim().replace(/^W\//, "") === tag);
}

async function answer(request: Request, current: string, requested: string, type: string, draw: () => Promise<Uint8Array>): Promise<Response> {
  const tag = `"${current.split("/").pop() ?? current}"`;
  const headers = { "Content-Type": type, "Cache-Control": current === requested ? FOR_GOOD : BRIEFLY, ETag: tag, "X-Content-Type-Options": "nosniff" };
  if (holds(request, tag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(await drawOnce(current, draw)), { headers });
}

export async function shareImageResponse(request: Request, fileName: string): Promise<Response> {
  const name = parseShareImageName(fileName);
  if (!name) return notFound();
  const requested = shareImagePath(name);
  if (name.kind === "photo") {
    const photo = await mediaByStorageKey(getDatabase(), name.storageKey);
    if (!photo || photo.variantWidths.length === 0) return notFound();
    try {
      return await answer(request, requested, requested, "image/jpeg", () => renderSharePhoto(photo, mediaStore()));
    } catch {
      return notFound();
    }
  }
  const settings = await siteSettingsNow();
  const card = name.kind === "article" ? await publicArticleCard(getDatabase(), name.articleId) : null;
  if (name.kind === "article" && !card) return notFound();
  const current = shareImagePath(card && name.kind === "article" ? articleCardName(name.articleId, card.updatedAt, settings) : siteCardName(settings));
  return answer(request, current, requested, "image/png", () =>
    renderShareCard({ siteName: settings.name, title: card?.title ?? null, emblem: settings.emblemFile, store: mediaStore() }),
  );
}
