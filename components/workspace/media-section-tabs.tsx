"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { MEDIA_LIBRARY_PATH } from "@/core/media-library-query";

const ALBUMS_PATH = `${MEDIA_LIBRARY_PATH}/album`;

/** "Ảnh" (the library) and "Album" above the media pages; the albums only for those who manage them. */
export function MediaSectionTabs({ showAlbums }: { showAlbums: boolean }) {
  const pathname = usePathname();
  if (!showAlbums) return null;
  const onAlbums = pathname.startsWith(ALBUMS_PATH);
  const tab = (href: string, label: string, current: boolean) => (
    <Link href={href} aria-current={current ? "page" : undefined} className={`rounded-t border-b-2 px-4 py-2 text-sm font-semibold ${current ? "border-brand-900 text-brand-900" : "border-transparent text-neutral-700 hover:text-brand-900"}`}>
      {label}
    </Link>
  );
  return (
    <nav aria-label="Thư viện ảnh" className="mb-4 flex gap-1 border-b border-neutral-200">
      {tab(MEDIA_LIBRARY_PATH, "Ảnh", !onAlbums)}
      {tab(ALBUMS_PATH, "Album", onAlbums)}
    </nav>
  );
}
