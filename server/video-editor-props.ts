import "server-only";
import type { VideoFormValues } from "@/components/workspace/video-form";
import { videoPath } from "@/core/public-routes";
import { formatCalendarDay, vietnamCalendarDay } from "@/core/vi-date";
import { youTubeWatchUrl } from "@/core/youtube";
import { listUnits } from "@/db/queries/taxonomy";
import { editableVideo } from "@/db/queries/videos";
import { getDatabase } from "./database";

/** The units a video can be filed under, in tree order. */
export async function videoUnitChoices() {
  return (await listUnits(getDatabase())).map(({ id, name }) => ({ id, label: name }));
}

/** A new video's form: today's day (Vietnam time), nothing else. */
export function newVideoValues(now = new Date()): VideoFormValues {
  return { videoId: null, version: null, published: false, title: "", link: "", takenOn: formatCalendarDay(vietnamCalendarDay(now)), unitId: "", description: "", slug: "", publicPath: null };
}

/** A saved video's form, or null when there is no such video. */
export async function savedVideoValues(id: number): Promise<VideoFormValues | null> {
  const video = await editableVideo(getDatabase(), id);
  if (!video) return null;
  const published = video.status === "published";
  return {
    videoId: video.id,
    version: video.version,
    published,
    title: video.title,
    link: youTubeWatchUrl(video.video),
    takenOn: formatCalendarDay(video.takenOn),
    unitId: video.unitId === null ? "" : String(video.unitId),
    description: video.description,
    slug: video.slug,
    publicPath: published ? videoPath(video.slug) : null,
  };
}
