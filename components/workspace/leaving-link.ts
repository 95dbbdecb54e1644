const plainClick = (event: MouseEvent) => !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

const clickedLink = (event: MouseEvent) => {
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  return link instanceof HTMLAnchorElement ? link : null;
};

/**
 * The link a click follows away from this page in this tab, or null: a new tab or window, a download,
 * a jump within the page or a click someone already handled leave the page where it is.
 */
export function linkLeavingPage(event: MouseEvent): HTMLAnchorElement | null {
  const link = plainClick(event) ? clickedLink(event) : null;
  if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const to = new URL(link.href, window.location.href);
  const here = window.location;
  return to.origin === here.origin && to.pathname === here.pathname && to.search === here.search ? null : link;
}

/**
 * The link a plain click opens in a new tab to show what is being edited ("Xem trước", "Xem trên
 * trang"), marked `data-shows-edited`, or null: the editor saves what was just typed before it opens.
 */
export function linkShowingEdited(event: MouseEvent): HTMLAnchorElement | null {
  const link = plainClick(event) ? clickedLink(event) : null;
  return link?.hasAttribute("data-shows-edited") && link.target === "_blank" ? link : null;
}
