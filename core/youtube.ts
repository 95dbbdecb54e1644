// A video entry (issue 16) holds a YouTube link and is shown through youtube-nocookie.com, which
// sets no cookie until the reader presses play. Only YouTube's own addresses are accepted: a link
// to any other host would put a third party's page inside ours.

export type YouTubeVideo = { id: string; startSeconds: number };
export type YouTubeLinkResult = { ok: true; video: YouTubeVideo } | { ok: false; message: string };

export const YOUTUBE_EMBED_ORIGIN = "https://www.youtube-nocookie.com";

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const WATCH_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com"]);
const EMBED_HOSTS = new Set([...WATCH_HOSTS, "youtube-nocookie.com", "www.youtube-nocookie.com"]);

const notYouTube = "Chỉ nhận liên kết video YouTube (youtube.com hoặc youtu.be), không nhận trang khác.";
const noVideo = "Liên kết YouTube này không chỉ tới một video. Hãy mở video trên YouTube, bấm “Chia sẻ” và dán liên kết đó vào đây.";

// "90", "1m30s", "1h2m3s" → seconds; anything else → 0 (the video starts at the beginning).
function startSecondsOf(value: string | null): number {
  if (!value) return 0;
  if (/^\d{1,6}s?$/.test(value)) return Number.parseInt(value, 10);
  const match = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s)?$/.exec(value);
  if (!match || value === "") return 0;
  const [, h = "0", m = "0", s = "0"] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

function videoIdOf(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split("/").filter(Boolean);
  if (host === "youtu.be") return parts[0] ?? null;
  if (WATCH_HOSTS.has(host) && url.pathname === "/watch") return url.searchParams.get("v");
  if (EMBED_HOSTS.has(host) && (parts[0] === "embed" || parts[0] === "shorts" || parts[0] === "live") && parts.length === 2) return parts[1] ?? null;
  return null;
}

/** Reads a YouTube link as an editor pastes it; any other host, or a link that names no video, is refused in Vietnamese. */
export function parseYouTubeLink(input: string): YouTubeLinkResult {
  const text = input.trim();
  if (text === "") return { ok: false, message: "Hãy dán liên kết video YouTube." };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: notYouTube };
  }
  const host = url.hostname.toLowerCase();
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password || url.port) return { ok: false, message: notYouTube };
  if (host !== "youtu.be" && !EMBED_HOSTS.has(host)) return { ok: false, message: notYouTube };
  const id = videoIdOf(url);
  if (!id || !VIDEO_ID.test(id)) return { ok: false, message: noVideo };
  return { ok: true, video: { id, startSeconds: startSecondsOf(url.searchParams.get("t") ?? url.searchParams.get("start")) } };
}

/** The player's address: the privacy-enhanced host, the video's id checked again, no related videos from other channels. */
export function youTubeEmbedUrl(video: YouTubeVideo): string {
  if (!VIDEO_ID.test(video.id)) throw new Error(`Not a YouTube video id: ${video.id}`);
  const query = new URLSearchParams({ rel: "0" });
  if (video.startSeconds > 0) query.set("start", String(Math.floor(video.startSeconds)));
  return `${YOUTUBE_EMBED_ORIGIN}/embed/${video.id}?${query.toString()}`;
}

/** The same video on YouTube itself, for the link under the player. */
export function youTubeWatchUrl(video: YouTubeVideo): string {
  return `https://www.youtube.com/watch?v=${video.id}${video.startSeconds > 0 ? `&t=${Math.floor(video.startSeconds)}s` : ""}`;
}
