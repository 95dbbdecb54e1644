import { youTubeEmbedUrl, youTubeWatchUrl, type YouTubeVideo } from "@/core/youtube";

/**
 * A YouTube video through youtube-nocookie.com, in a sandboxed frame: it may run its player's
 * scripts and go full screen, and nothing else (no top-level navigation, no forms). The referrer
 * goes with the request because YouTube refuses to play embeds that send none.
 */
export function VideoPlayer({ video, title }: { video: YouTubeVideo; title: string }) {
  return (
    <figure className="space-y-2">
      <div className="aspect-video w-full overflow-hidden rounded bg-neutral-900">
        <iframe
          src={youTubeEmbedUrl(video)}
          title={`Video: ${title}`}
          className="h-full w-full"
          loading="lazy"
          sandbox="allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox"
          allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
      <figcaption className="text-sm text-neutral-700">
        Không xem được? <a href={youTubeWatchUrl(video)} className="text-brand-700 underline" rel="noopener" target="_blank">Mở video trên YouTube</a>
      </figcaption>
    </figure>
  );
}
