// Video entries (issue 16, item 4): a YouTube video the union shows through youtube-nocookie.com.
// Public reads return published videos newest first; the workspace reads every video.
import { and, count, desc, eq, like, ne } from "drizzle-orm";
import type { ArticleStatus } from "@/core/permissions";
import { type CalendarDay, dayKey, storedDay } from "@/core/vi-date";
import type { YouTubeVideo } from "@/core/youtube";
import { slugStem } from "@/core/slug";
import type { Database, Transaction } from "../client";
import { units, users, videos } from "../schema";
import { onlyRow } from "../sql";
import { keepMovedSlug, movedSlugsOfOthers } from "./moved-slugs";

export type VideoListItem = { id: number; slug: string; title: string; takenOn: CalendarDay; unitName: string | null; video: YouTubeVideo };
export type VideoView = VideoListItem & { description: string };

const listColumns = {
  id: videos.id,
  slug: videos.slug,
  title: videos.title,
  takenOn: videos.takenOn,
  unitName: units.name,
  youtubeId: videos.youtubeId,
  startSeconds: videos.startSeconds,
};

type ListRow = { id: number; slug: string; title: string; takenOn: string; unitName: string | null; youtubeId: string; startSeconds: number };

const listItemOf = ({ takenOn, youtubeId, startSeconds, ...row }: ListRow): VideoListItem => ({
  ...row,
  takenOn: storedDay(takenOn),
  video: { id: youtubeId, startSeconds },
});

/** A page of the public videos, newest first, and how many there are. */
export async function publishedVideosPage(db: Database, page: { offset: number; limit: number }): Promise<{ items: VideoListItem[]; total: number }> {
  const rows = await db
    .select(listColumns)
    .from(videos)
    .leftJoin(units, eq(units.id, videos.unitId))
    .where(eq(videos.status, "published"))
    .orderBy(desc(videos.takenOn), desc(videos.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db.select({ n: count() }).from(videos).where(eq(videos.status, "published"));
  return { items: rows.map(listItemOf), total: counted?.n ?? 0 };
}

/** A published video's page (/video/<slug>). */
export async function publishedVideoBySlug(db: Database, slug: string): Promise<VideoView | null> {
  const [row] = await db
    .select({ ...listColumns, description: videos.description })
    .from(videos)
    .leftJoin(units, eq(units.id, videos.unitId))
    .where(and(eq(videos.slug, slug), eq(videos.status, "published")))
    .limit(1);
  if (!row) return null;
  const { description, ...item } = row;
  return { ...listItemOf(item), description };
}

/** The sitemap's videos. */
export async function publicVideoAddresses(db: Database): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.select({ slug: videos.slug, updatedAt: videos.updatedAt }).from(videos).where(eq(videos.status, "published")).orderBy(desc(videos.takenOn), desc(videos.id));
}

export type WorkspaceVideo = VideoListItem & { status: ArticleStatus; updatedAt: Date; updatedByName: string | null };

/** Every video for the workspace's list, newest first. */
export async function workspaceVideosPage(db: Database, page: { offset: number; limit: number }): Promise<{ items: WorkspaceVideo[]; total: number }> {
  const rows = await db
    .select({ ...listColumns, status: videos.status, updatedAt: videos.updatedAt, updatedByName: users.displayName })
    .from(videos)
    .leftJoin(units, eq(units.id, videos.unitId))
    .leftJoin(users, eq(users.id, videos.updatedBy))
    .orderBy(desc(videos.takenOn), desc(videos.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db.select({ n: count() }).from(videos);
  return { items: rows.map(({ status, updatedAt, updatedByName, ...row }) => ({ ...listItemOf(row), status, updatedAt, updatedByName })), total: counted?.n ?? 0 };
}

export type EditableVideo = {
  id: number;
  slug: string;
  title: string;
  description: string;
  video: YouTubeVideo;
  takenOn: CalendarDay;
  unitId: number | null;
  status: ArticleStatus;
  version: number;
  publishedAt: Date | null;
};

export async function editableVideo(db: Database | Transaction, id: number): Promise<EditableVideo | null> {
  const [row] = await db.select().from(videos).where(eq(videos.id, id)).limit(1);
  if (!row) return null;
  const { youtubeId, startSeconds, takenOn, ...rest } = row;
  return {
    id: rest.id,
    slug: rest.slug,
    title: rest.title,
    description: rest.description,
    video: { id: youtubeId, startSeconds },
    takenOn: storedDay(takenOn),
    unitId: rest.unitId,
    status: rest.status,
    version: rest.version,
    publishedAt: rest.publishedAt,
  };
}

export type VideoContent = { slug: string; title: string; description: string; video: YouTubeVideo; takenOn: CalendarDay; unitId: number | null };

const rowOf = ({ video, takenOn, ...content }: VideoContent) => ({ ...content, youtubeId: video.id, startSeconds: video.startSeconds, takenOn: dayKey(takenOn) });

export async function insertVideo(tx: Transaction, content: VideoContent, by: number, now: Date): Promise<{ id: number; version: number }> {
  return onlyRow(
    await tx
      .insert(videos)
      .values({ ...rowOf(content), createdBy: by, updatedBy: by, createdAt: now, updatedAt: now })
      .returning({ id: videos.id, version: videos.version }),
  );
}

/** Saves a video when it is still at `baseVersion`; the new version, or null when someone saved first. */
export async function updateVideo(tx: Transaction, id: number, baseVersion: number, content: VideoContent, by: number, now: Date): Promise<number | null> {
  const [before] = await tx.select({ slug: videos.slug, status: videos.status }).from(videos).where(eq(videos.id, id));
  const [row] = await tx
    .update(videos)
    .set({ ...rowOf(content), updatedBy: by, updatedAt: now, version: baseVersion + 1 })
    .where(and(eq(videos.id, id), eq(videos.version, baseVersion)))
    .returning({ version: videos.version });
  if (!row || !before) return null;
  await keepMovedSlug(tx, "video", id, { from: before.slug, to: content.slug, statusBefore: before.status }, now);
  return row.version;
}

export async function setVideoStatus(tx: Transaction, id: number, status: ArticleStatus, publishedAt: Date | null): Promise<void> {
  await tx.update(videos).set({ status, publishedAt }).where(eq(videos.id, id));
}

export async function deleteVideoRow(tx: Transaction, id: number): Promise<void> {
  await tx.delete(videos).where(eq(videos.id, id));
}

/**
 * The slugs of other videos that `base`, `base-2`, `base-3`… could collide with: looked up by the
 * stem the numbered ones keep (core/slug slugStem), since a long base loses words to its suffix.
 */
export async function takenVideoSlugs(db: Database | Transaction, base: string, exceptId: number | null): Promise<Set<string>> {
  const rows = await db
    .select({ slug: videos.slug })
    .from(videos)
    .where(and(like(videos.slug, `${slugStem(base)}%`), ne(videos.id, exceptId ?? -1)));
  return new Set([...rows.map((row) => row.slug), ...(await movedSlugsOfOthers(db, "video", base, exceptId))]);
}
