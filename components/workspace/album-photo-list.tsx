"use client";

import { useEffect, useRef, useState, type DragEvent } from "react";
import { movedInOrder, movedPhotoAnnouncement } from "@/core/albums";
import { AlbumPhotoCard, type AlbumPhotoView, type MoveTarget, type PhotoActions } from "./album-photo-card";
import type { FormAction } from "./use-kept-form";

type Props = { albumId: number; photos: AlbumPhotoView[]; coverPhotoId: number | null; actions: PhotoActions & { reorder: FormAction } };

const targetIndex = (target: MoveTarget, from: number, total: number) => ({ first: 0, up: from - 1, down: from + 1, last: total - 1 })[target];

/**
 * The album's photos in order, moved by drag and drop or by the buttons of each photo; the new
 * order is saved at once (every photo's place in one request) and said to screen readers. A move
 * the server refuses is undone, with the reason.
 */
export function AlbumPhotoList({ albumId, photos, coverPhotoId, actions }: Props) {
  const serverOrder = photos.map((photo) => photo.id).join(",");
  const [order, setOrder] = useState(() => photos.map((photo) => photo.id));
  const [seenOrder, setSeenOrder] = useState(serverOrder);
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState("");
  const [moving, setMoving] = useState(false);
  const dragged = useRef<number | null>(null);
  const focusAfter = useRef<string | null>(null);
  // New photos or another order from the server (after an upload or a reload) replace the local order.
  if (serverOrder !== seenOrder) {
    setSeenOrder(serverOrder);
    setOrder(photos.map((photo) => photo.id));
  }
  useEffect(() => {
    if (!focusAfter.current) return;
    const button = document.getElementById(focusAfter.current);
    focusAfter.current = null;
    button?.focus();
  }, [order]);

  const byId = new Map(photos.map((photo) => [photo.id, photo]));
  async function move(photoId: number, toIndex: number, focusId: string | null) {
    // One move at a time: each is saved from the order the last one left.
    if (moving) return;
    const next = movedInOrder(order, photoId, toIndex);
    if (!next || next.join(",") === order.join(",")) return;
    const before = order;
    focusAfter.current = focusId;
    setOrder(next);
    setMoving(true);
    setProblem("");
    const form = new FormData();
    form.set("albumId", String(albumId));
    form.set("order", next.join(","));
    const result = await actions.reorder(null, form);
    setMoving(false);
    if (!result.ok) {
      setOrder(before);
      setProblem(result.formError ?? "Chưa lưu được thứ tự ảnh.");
      return;
    }
    setAnnouncement(movedPhotoAnnouncement(byId.get(photoId)?.name ?? "", next.indexOf(photoId) + 1, next.length));
  }

  const onDrop = (event: DragEvent, photoId: number) => {
    event.preventDefault();
    const from = dragged.current;
    dragged.current = null;
    if (from !== null && from !== photoId) void move(from, order.indexOf(photoId), null);
  };

  if (photos.length === 0) return <p className="rounded bg-white p-4 text-sm">Album chưa có ảnh nào. Hãy tải ảnh lên ở trên.</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm text-neutral-700">Kéo thả ảnh để đổi thứ tự, hoặc dùng các nút Lên, Xuống, Lên đầu, Xuống cuối. Thứ tự được lưu ngay.</p>
      <p role="status" className="text-sm text-green-900">{announcement}</p>
      {problem && <p role="alert" className="text-sm text-accent-700">{problem}</p>}
      <ol aria-label="Ảnh trong album" className="grid grid-cols-1 gap-3 min-[480px]:grid-cols-2 md:grid-cols-3 xl:grid-cols-4">
        {order.map((id, index) => {
          const photo = byId.get(id);
          if (!photo) return null;
          return (
            <li
              key={id}
              aria-label={photo.name}
              draggable={!moving}
              onDragStart={(event) => { dragged.current = id; event.dataTransfer.effectAllowed = "move"; }}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => onDrop(event, id)}
              className="min-w-0 cursor-move rounded border border-neutral-200 bg-white p-2 text-sm"
            >
              <AlbumPhotoCard
                albumId={albumId}
                photo={photo}
                position={index + 1}
                total={order.length}
                isCover={id === coverPhotoId}
                actions={actions}
                onMove={(target) => {
                  const to = targetIndex(target, index, order.length);
                  const stays = (target === "up" || target === "first") ? to > 0 : to < order.length - 1;
                  void move(id, to, stays ? `anh-album-${id}-${target}` : `anh-album-${id}-ten`);
                }}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
