"use client";

import { useCallback, useEffect, useRef, useState, type MouseEvent, type TouchEvent } from "react";
import { Picture } from "@/components/ui/picture";
import type { ImageSources } from "@/core/media-files";

// An album's photos: a grid of thumbnails, each a plain link to the photo's own page (so every
// photo is reachable without JavaScript), and with JavaScript a lightbox over the page. The
// lightbox is the browser's modal <dialog>: the page behind it is inert, the focus stays inside,
// Escape closes it; ← and → step, and so does a swipe on a touch screen. No library: this is all
// the behaviour there is, and the reader's phone downloads nothing more.

export type GalleryPhoto = { id: number; href: string; caption: string; credit: string; image: ImageSources };

// A swipe: a horizontal move of at least this many pixels, more sideways than up or down.
const SWIPE_PX = 40;
// The first row of thumbnails on a phone is above the fold; the others load as the reader scrolls.
const EAGER_THUMBNAILS = 4;

const stepButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-white/40 bg-neutral-900 px-3 text-sm font-semibold text-white hover:bg-neutral-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white disabled:opacity-40";

const FOCUSABLE = "a[href], button:not([disabled])";

// A modal <dialog> keeps the page behind it inert, but Tab from its last control leaves for the
// browser's own bar: round it goes instead, last to first and first to last.
function keepFocusInside(event: KeyboardEvent) {
  const dialog = document.querySelector<HTMLDialogElement>("dialog[open][data-lightbox]");
  const controls = dialog ? [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
  const current = controls.indexOf(document.activeElement as HTMLElement);
  const next = event.shiftKey ? (current <= 0 ? controls.length - 1 : current - 1) : (current + 1) % controls.length;
  controls[next]?.focus();
}

function altOf(photo: GalleryPhoto, index: number): string {
  return photo.image.alt || `Ảnh ${index + 1}`;
}

export function AlbumGallery({ albumTitle, photos }: { albumTitle: string; photos: GalleryPhoto[] }) {
  const [shown, setShown] = useState<number | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const thumbnails = useRef<(HTMLAnchorElement | null)[]>([]);
  const touchStart = useRef<{ x: number; y: number } | null>(null);
  const last = photos.length - 1;

  useEffect(() => {
    if (shown !== null && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [shown]);

  const step = useCallback((delta: number) => setShown((index) => (index === null ? null : Math.min(last, Math.max(0, index + delta)))), [last]);

  function open(event: MouseEvent<HTMLAnchorElement>, index: number) {
    // A new tab or window (a modified click, a middle click) still opens the photo's page.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setShown(index);
  }

  // Escape closes the dialog by itself (and so does the button): the focus goes back to the
  // thumbnail of the photo last shown, where the reader is in the grid.
  function closed() {
    const index = shown;
    setShown(null);
    if (index !== null) thumbnails.current[index]?.focus();
  }

  // On the document, not the dialog: a step button disabled at either end drops the focus to the body.
  const isOpen = shown !== null;
  useEffect(() => {
    if (!isOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "ArrowLeft") step(-1);
      else if (event.key === "ArrowRight") step(1);
      else if (event.key === "Tab") keepFocusInside(event);
      else return;
      event.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [isOpen, step]);

  function onTouchStart(event: TouchEvent) {
    const touch = event.touches[0];
    touchStart.current = touch ? { x: touch.clientX, y: touch.clientY } : null;
  }

  function onTouchEnd(event: TouchEvent) {
    const start = touchStart.current;
    const touch = event.changedTouches[0];
    touchStart.current = null;
    if (!start || !touch) return;
    const dx = touch.clientX - start.x;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(touch.clientY - start.y)) step(dx < 0 ? 1 : -1);
  }

  const photo = shown === null ? null : photos[shown];
  return (
    <>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 sm:gap-3 lg:grid-cols-4" aria-label="Các ảnh trong album">
        {photos.map((each, index) => (
          <li key={each.id}>
            <a
              href={each.href}
              ref={(element) => {
                thumbnails.current[index] = element;
              }}
              onClick={(event) => open(event, index)}
              className="block overflow-hidden rounded bg-neutral-200 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
              data-photo-id={each.id}
            >
              <Picture
                src={each.image.src}
                srcSet={each.image.srcSet}
                sizes="(min-width: 1024px) 260px, (min-width: 640px) 33vw, 50vw"
                width={each.image.width}
                height={each.image.height}
                alt={altOf(each, index)}
                loading={index < EAGER_THUMBNAILS ? "eager" : "lazy"}
                className="aspect-[4/3] h-auto w-full object-cover transition-transform hover:scale-105"
              />
            </a>
          </li>
        ))}
      </ul>
      <dialog
        ref={dialog}
        aria-label={`Xem ảnh lớn: ${albumTitle}`}
        data-lightbox=""
        onClose={closed}
        className="m-0 h-full max-h-none w-full max-w-none bg-neutral-950 p-0 text-white backdrop:bg-neutral-950/90"
      >
        {photo && shown !== null && (
          <div className="flex h-full flex-col" onTouchStart={onTouchStart} onTouchEnd={onTouchEnd}>
            <div className="flex items-center justify-between gap-2 p-2 sm:p-3">
              <p className="text-sm font-semibold tabular-nums" aria-live="polite" data-testid="vi-tri-anh">
                {shown + 1}/{photos.length}
              </p>
              <button type="button" className={stepButton} onClick={() => dialog.current?.close()} autoFocus>
                Đóng <span aria-hidden="true">&nbsp;✕</span>
              </button>
            </div>
            <figure className="flex min-h-0 flex-1 flex-col items-center justify-center gap-2 px-2">
              <Picture
                key={photo.id}
                src={photo.image.src}
                srcSet={photo.image.srcSet}
                sizes="100vw"
                width={photo.image.width}
                height={photo.image.height}
                alt={altOf(photo, shown)}
                className="min-h-0 max-w-full flex-1 object-contain"
              />
              {(photo.caption || photo.credit) && (
                <figcaption className="max-w-3xl text-center text-sm leading-6">
                  {photo.caption}
                  {photo.credit && <span className="block text-neutral-300">{photo.credit}</span>}
                </figcaption>
              )}
            </figure>
            <div className="flex items-center justify-center gap-3 p-3">
              <button type="button" className={stepButton} onClick={() => step(-1)} disabled={shown === 0}>
                <span aria-hidden="true">←&nbsp;</span>Ảnh trước
              </button>
              <a href={photo.href} className="text-sm text-neutral-200 underline underline-offset-2 hover:text-white">
                Trang của ảnh
              </a>
              <button type="button" className={stepButton} onClick={() => step(1)} disabled={shown === last}>
                Ảnh sau<span aria-hidden="true">&nbsp;→</span>
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
