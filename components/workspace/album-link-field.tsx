"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Panel } from "@/components/ui/panel";
import type { AlbumChoice } from "@/core/article-links";
import { LinkSearch } from "./link-search";

type AlbumLinkFieldProps = {
  album: AlbumChoice | null;
  onChange: (album: AlbumChoice | null) => void;
  errors?: string[];
};

/** "Xem thêm ảnh": one published album whose photos show as a strip under the article, or none. */
export function AlbumLinkField({ album, onChange, errors }: AlbumLinkFieldProps) {
  const [announcement, setAnnouncement] = useState("");
  const choose = (next: AlbumChoice | null) => {
    onChange(next);
    setAnnouncement(next ? `Đã chọn album ${next.title}.` : "Đã bỏ album.");
  };
  return (
    <Panel aria-labelledby="album-xem-them" className="space-y-3">
      <h2 id="album-xem-them" className="text-sm font-semibold">Album ảnh (Xem thêm ảnh)</h2>
      {album ? (
        <div className="rounded border border-neutral-200 p-2 text-sm">
          <p>
            <strong>{album.title}</strong> ({album.takenOn}) {!album.published && <Badge tone="amber">Đã gỡ: bạn đọc không thấy</Badge>}
          </p>
          <Button variant="danger" size="small" className="mt-1" onClick={() => choose(null)} aria-label={`Bỏ album: ${album.title}`}>Bỏ album</Button>
        </div>
      ) : (
        <p className="text-sm text-neutral-600">Không gắn album.</p>
      )}
      <FieldError id="albumId-error" messages={errors} />
      <p role="status" className="sr-only">{announcement}</p>
      <LinkSearch<AlbumChoice>
        kind="album"
        label="Tìm album đã đăng"
        hint="Gõ vài chữ của tên album, có dấu hay không dấu. Chọn album khác sẽ thay album đang gắn."
        itemKey={(found) => found.id}
        renderItem={(found) => {
          const chosen = album?.id === found.id;
          return (
            <>
              <span>
                <strong>{found.title}</strong> ({found.takenOn})
              </span>
              <Button variant="secondary" size="small" disabled={chosen} onClick={() => choose(found)} aria-label={`${chosen ? "Đang gắn" : "Chọn"}: ${found.title}`}>
                {chosen ? "Đang gắn" : "Chọn"}
              </Button>
            </>
          );
        }}
      />
    </Panel>
  );
}
