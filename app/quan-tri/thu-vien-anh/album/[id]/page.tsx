import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlbumFieldsForm } from "@/components/workspace/album-fields-form";
import { AlbumPhotoList } from "@/components/workspace/album-photo-list";
import { AlbumStatusActions } from "@/components/workspace/album-status-actions";
import { AlbumUploads } from "@/components/workspace/album-uploads";
import { StatusBadge } from "@/components/workspace/status-badge";
import { MAX_ALBUM_PHOTOS } from "@/core/albums";
import { canManageAlbums, canOnGallery } from "@/core/permissions";
import { albumPath } from "@/core/public-routes";
import { recordIdFrom } from "@/core/record-id";
import { formatCalendarDay } from "@/core/vi-date";
import { listUnits } from "@/db/queries/taxonomy";
import { albumForEditing } from "@/db/queries/workspace-albums";
import { getDatabase } from "@/server/database";
import { requireUserWho } from "@/server/session";
import {
  deleteAlbumAction,
  removeAlbumPhotoAction,
  reorderAlbumPhotosAction,
  saveAlbumAction,
  saveAlbumPhotoTextAction,
  setAlbumCoverAction,
  unpublishAlbumAction,
} from "../actions";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Sửa album" };

export default async function EditAlbumPage({ params }: Props) {
  const { id: idText } = await params;
  const id = recordIdFrom(idText);
  const user = await requireUserWho(canManageAlbums, `/quan-tri/thu-vien-anh/album/${idText}`);
  const db = getDatabase();
  const album = id === null ? null : await albumForEditing(db, id);
  if (!album) notFound();
  const units = (await listUnits(db)).map(({ id: unitId, name }) => ({ id: unitId, name }));
  const photos = album.photos.map((photo) => ({ id: photo.id, name: photo.originalName, alt: photo.alt, caption: photo.caption, credit: photo.credit, src: photo.sources.src, srcSet: photo.sources.srcSet }));
  const published = album.status === "published";
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/quan-tri/thu-vien-anh/album" className="text-brand-700 underline">← Các album</Link></p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="break-words text-2xl font-bold text-brand-900">Album “{album.title}”</h1>
        <StatusBadge status={album.status} publishedAt={album.publishedAt} now={new Date()} />
        {published && <a href={albumPath(album.slug)} target="_blank" rel="noreferrer" className="text-sm text-brand-700 underline">Xem trên trang công khai</a>}
      </div>
      <AlbumFieldsForm
        album={{ id: album.id, version: album.version, title: album.title, takenOn: formatCalendarDay(album.takenOn), unitId: album.unitId, description: album.description, slug: album.slug }}
        units={units}
        canPublish={canOnGallery(user, "publish", album)}
        published={published}
        action={saveAlbumAction}
      />
      <AlbumStatusActions
        albumId={album.id}
        title={album.title}
        canUnpublish={canOnGallery(user, "unpublish", album)}
        canDelete={canOnGallery(user, "delete", album)}
        actions={{ unpublish: unpublishAlbumAction, remove: deleteAlbumAction }}
      />
      <AlbumUploads albumId={album.id} />
      <section aria-labelledby="anh-trong-album" className="space-y-2">
        <h2 id="anh-trong-album" className="text-lg font-semibold text-brand-900">Ảnh trong album ({photos.length}/{MAX_ALBUM_PHOTOS})</h2>
        <AlbumPhotoList
          albumId={album.id}
          photos={photos}
          coverPhotoId={album.coverPhotoId}
          actions={{ reorder: reorderAlbumPhotosAction, cover: setAlbumCoverAction, remove: removeAlbumPhotoAction, saveText: saveAlbumPhotoTextAction }}
        />
      </section>
    </div>
  );
}
