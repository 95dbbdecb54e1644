import { videoPath } from "@/core/public-routes";
import { formatCalendarDay } from "@/core/vi-date";
import type { VideoListItem } from "@/db/queries/videos";

/**
 * A video in the list. No picture from YouTube: loading one would tell Google about every reader
 * of the list, which the player's youtube-nocookie.com address exists to avoid.
 */
export function VideoCard({ video }: { video: VideoListItem }) {
  return (
    <article className="flex h-full flex-col overflow-hidden rounded border border-neutral-200 bg-white">
      <a href={videoPath(video.slug)} className="flex aspect-video items-center justify-center bg-brand-900 text-white" tabIndex={-1} aria-hidden="true">
        <svg viewBox="0 0 48 48" className="h-14 w-14" fill="currentColor" aria-hidden="true">
          <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" strokeWidth="3" />
          <path d="M19 15v18l15-9z" />
        </svg>
      </a>
      <div className="flex-1 p-3">
        <h2 className="font-bold leading-snug text-brand-900">
          <a href={videoPath(video.slug)} className="hover:text-accent-700 hover:underline">{video.title}</a>
        </h2>
        <p className="mt-1 text-sm text-neutral-700">
          {formatCalendarDay(video.takenOn)}
          {video.unitName ? ` · ${video.unitName}` : ""}
        </p>
      </div>
    </article>
  );
}
