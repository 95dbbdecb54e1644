"use client";

import { usePathname } from "next/navigation";
import { TabLink } from "@/components/ui/tab-link";
import { MEDIA_LIBRARY_PATH } from "@/core/media-library-query";

const ALBUMS_PATH = `${MEDIA_LIBRARY_PATH}/album`;

/** "Ảnh" (the library) and "Album" above the media pages; the albums only for those who manage them. */
export function MediaSectionTabs({ showAlbums }: { showAlbums: boolean }) {
  const pathname = usePathname();
  if (!showAlbums) return null;
  const onAlbums = pathname.startsWith(ALBUMS_PATH);
  return (
    <nav aria-label="Thư viện ảnh" className="mb-4 flex gap-1 border-b border-neutral-200">
      <TabLink href={MEDIA_LIBRARY_PATH} current={!onAlbums}>Ảnh</TabLink>
      <TabLink href={ALBUMS_PATH} current={onAlbums}>Album</TabLink>
    </nav>
  );
}
