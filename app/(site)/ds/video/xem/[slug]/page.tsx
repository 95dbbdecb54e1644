import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { NotFoundPage } from "@/components/site/not-found-page";
import { ShareBar } from "@/components/site/share-bar";
import { VideoPlayer } from "@/components/site/video-player";
import { VIDEOS_PATH, videoPath } from "@/core/public-routes";
import { isWellFormedSlug } from "@/core/slug";
import { formatCalendarDay } from "@/core/vi-date";
import { absoluteUrl } from "@/core/xml";
import { publicPageMetadata } from "@/server/article-metadata";
import { env } from "@/server/env";
import { videoContent } from "@/server/public-content";
import { followOldAddress } from "@/server/legacy-redirect";

type Props = { params: Promise<{ slug: string }> };

async function findVideo(slug: string) {
  return isWellFormedSlug(slug) ? videoContent(slug) : null;
}

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const video = await findVideo((await params).slug);
  if (!video) return { title: "Không tìm thấy trang" };
  return publicPageMetadata({ title: video.title, path: videoPath(video.slug), description: video.description });
}

export default async function VideoPage({ params }: Props) {
  const { slug } = await params;
  const video = await findVideo(slug);
  if (!video) {
    // The address a video had before its slug changed, or an old portal's under a section name that is also ours (/video/hoi-thao).
    await followOldAddress("video", slug);
    return <NotFoundPage />;
  }
  return (
    <article className="space-y-4">
      <Breadcrumbs crumbs={[{ name: "Trang chủ", path: "/" }, { name: "Video", path: VIDEOS_PATH }, { name: video.title, path: videoPath(video.slug) }]} />
      <header>
        <h1 className="text-2xl font-bold leading-tight text-brand-900">{video.title}</h1>
        <p className="mt-1 text-sm text-neutral-700">
          {formatCalendarDay(video.takenOn)}
          {video.unitName ? ` · ${video.unitName}` : ""}
        </p>
      </header>
      {/* Under the player, not above it as on an article: the video stays in a phone's first screen. */}
      <VideoPlayer video={video.video} title={video.title} />
      <ShareBar url={absoluteUrl(env.SITE_URL, videoPath(video.slug))} what="video" print={false} />
      {video.description && <p className="whitespace-pre-line leading-7">{video.description}</p>}
    </article>
  );
}
