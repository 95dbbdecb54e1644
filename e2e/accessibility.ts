import AxeBuilder from "@axe-core/playwright";
import { errors, expect, test, type Page, type Request } from "@playwright/test";

/** The widths every page is checked at: a common phone and a common laptop. */
export const checkedWidths = [390, 1366] as const;

/**
 * WCAG 2.2 A and AA as axe knows them (2.0 and 2.1 with 2.2's additions, such as a target of at
 * least 24 px): an empty list is what we ask of every page.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** How many pixels the page itself scrolls sideways (a table or a box scrolling inside it does not count). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Tables wider than the screen: a table in a box that scrolls sideways does not widen the page, but it is no use on a phone. */
export function tablesWiderThanScreen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("table")]
      .filter((table) => table.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 || table.scrollWidth > table.clientWidth)
      .map((table) => table.querySelector("caption")?.textContent ?? table.outerHTML.slice(0, 80)),
  );
}

/**
 * A table's column names shown beside the values on a phone (components/ui/table.tsx) that do not fit
 * their box: the text runs under the value ("NGÀY BAN HÀNH08/07/2026"), as a nowrap column once made it.
 */
export function phoneTableLabelsCut(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".phone-table-label")]
      .filter((label) => label.offsetParent !== null && label.scrollWidth > label.clientWidth + 0.5)
      .map((label) => label.textContent ?? ""),
  );
}

/**
 * Fields whose text is under 16 px on a phone: iOS Safari zooms the page into such a field when it is
 * touched, and leaves the page zoomed (app/globals.css keeps every field at 16 px or more there).
 */
export function fieldsZoomedIntoOnPhone(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("input, select, textarea")]
      .filter((field) => !["checkbox", "radio", "range", "color", "file", "hidden", "submit", "button", "reset", "image"].includes(field.getAttribute("type") ?? ""))
      .filter((field) => field.getClientRects().length > 0 && parseFloat(getComputedStyle(field).fontSize) < 16)
      .map((field) => `${field.tagName.toLowerCase()}[name=${field.getAttribute("name") ?? field.id}] ${getComputedStyle(field).fontSize}`),
  );
}

/**
 * Empty fields whose example (placeholder) is wider than the field, so the phone shows it cut off
 * mid-word: "Ví dụ: 47/KH hoặc ke hoach thang cc". Measured with the field's own font.
 */
export function placeholdersCut(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const measure = document.createElement("canvas").getContext("2d");
    if (!measure) return ["no canvas to measure with"];
    return [...document.querySelectorAll<HTMLInputElement>("input[placeholder]")]
      .filter((field) => field.getClientRects().length > 0 && field.value === "")
      .filter((field) => {
        const style = getComputedStyle(field);
        measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return measure.measureText(field.placeholder).width > room;
      })
      .map((field) => `input[name=${field.name || field.id}] "${field.placeholder}"`);
  });
}

/**
 * The file inputs hidden behind a button-look label whose label shows no focus ring while the input
 * has the keyboard's focus: the input itself is invisible, so without it a keyboard user is lost.
 * The ring is the one every control shows (app/globals.css: 3 px of #b45309).
 */
export function fileButtonsWithoutFocusRing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>("input[type=file]")].flatMap((input) => {
      const label = input.closest("label");
      if (!label || label.getClientRects().length === 0) return [];
      input.focus();
      const style = getComputedStyle(label);
      const ring = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      input.blur();
      return ring === "solid 3px rgb(180, 83, 9)" ? [] : [`"${label.textContent?.trim()}": ${ring}`];
    }),
  );
}

/**
 * Controls (fields, lists, buttons) that stick out of the box they are in: a row squeezed on a phone
 * whose field keeps its minimum width and runs over what follows it ("Nghị quyết" over "0 văn bản").
 * The box is the nearest ancestor that has one (a form of display: contents has none); a control placed
 * out of the flow (absolute, fixed: the visually hidden ones) and one inside a box that scrolls are not counted.
 */
export function controlsOutsideTheirBox(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("input, select, textarea, button")]
      .filter((control) => control.getClientRects().length > 0 && !["absolute", "fixed"].includes(getComputedStyle(control).position))
      .flatMap((control) => {
        let box = control.parentElement;
        while (box && getComputedStyle(box).display === "contents") box = box.parentElement;
        if (!box || getComputedStyle(box).overflowX !== "visible") return [];
        const inner = control.getBoundingClientRect();
        const outer = box.getBoundingClientRect();
        const past = Math.max(outer.left - inner.left, inner.right - outer.right);
        return past > 0.5 ? [`${control.tagName.toLowerCase()} "${control.getAttribute("name") ?? control.textContent?.trim() ?? ""}" ${Math.round(past)} px outside its ${box.tagName.toLowerCase()}`] : [];
      }),
  );
}

/**
 * Text areas whose text is partly hidden inside them, below their height limit: a title or a sapo an
 * editor on a phone would have to scroll inside a two-line box to read whole.
 */
export function textAreasHidingText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("textarea")]
      .filter((area) => area.getClientRects().length > 0 && area.scrollHeight > area.clientHeight + 1)
      // "none" reads as NaN: no limit.
      .filter((area) => !(area.getBoundingClientRect().height >= parseFloat(getComputedStyle(area).maxHeight) - 1))
      .map((area) => `textarea "${area.name || area.id}": ${area.scrollHeight - area.clientHeight} px of its text hidden`),
  );
}

/**
 * Fields and buttons that keyboard focus reaches while a bar fixed at the bottom of the screen covers
 * them (WCAG 2.2's "focus not obscured"). Only a page with such a bar is walked, by Tab from where
 * its focus is (the top, on a page just opened), until the focus comes round again.
 */
export async function focusHiddenBehindBars(page: Page): Promise<string[]> {
  const hasBottomBar = await page.evaluate(() =>
    [...document.querySelectorAll("body *")].some((element) => {
      const style = getComputedStyle(element);
      return ["fixed", "sticky"].includes(style.position) && style.bottom === "0px" && element.getClientRects().length > 0;
    }),
  );
  if (!hasBottomBar) return [];
  const hidden: string[] = [];
  for (let step = 0; step < 400; step++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const seen = ((window as unknown as { focusSeen?: WeakSet<Element> }).focusSeen ??= new WeakSet());
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      if (seen.has(element)) return { again: true, covered: null };
      seen.add(element);
      const box = element.getBoundingClientRect();
      // The top of its box, where a field's text and a button's label begin.
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
      const covered = top !== null && !element.contains(top) && !top.contains(element);
      const name = element.getAttribute("aria-label") || element.getAttribute("name") || element.id || element.textContent?.trim().slice(0, 40);
      return { again: false, covered: covered ? `${element.tagName.toLowerCase()} "${name}" under ${top.tagName.toLowerCase()}.${[...top.classList].slice(0, 3).join(".")}` : null };
    });
    if (focus?.again) break;
    if (focus?.covered) hidden.push(focus.covered);
  }
  return hidden;
}

/** The narrowest phone we still lay out for: only sideways scrolling is checked there. */
const narrowestPhone = 360;

/**
 * Opens the address and waits until the page has settled for axe: no request for 500 ms (the staff
 * menu's prefetches included), but never past `patience`. A request still open then is named in the
 * output, not waited on: CI once saw the sign-in page, which fetches nothing after its load, stay
 * "busy" for the whole 180 s of its test, with no way to tell which request held it. The checks that
 * follow read the page as it is.
 */
async function openSettled(page: Page, path: string) {
  const patience = 30_000;
  const open = new Map<Request, number>();
  const started = (request: Request) => open.set(request, Date.now());
  const ended = (request: Request) => open.delete(request);
  page.on("request", started);
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  try {
    const response = await page.goto(path);
    await page.waitForLoadState("networkidle", { timeout: patience }).catch((error: unknown) => {
      // Only the wait's own timeout: a closed or crashed page still fails the test.
      if (!(error instanceof errors.TimeoutError)) throw error;
      const now = Date.now();
      const names = [...open].map(([request, since]) => `${request.method()} ${request.url()} (open ${Math.round((now - since) / 1000)} s)`);
      console.warn(`${path}: not idle after ${patience / 1000} s; still open: ${names.join(", ") || "nothing Playwright saw"}`);
    });
    return response;
  } finally {
    page.off("request", started);
    page.off("requestfinished", ended);
    page.off("requestfailed", ended);
  }
}

/** Opens the address at each checked width: no WCAG violation and no sideways scrolling of the page. */
export async function expectAccessibleAtEveryWidth(page: Page, path: string) {
  // Three loads and two axe runs a page: on CI's 2 cores beside the other journeys that passed
  // 60 s once (an articles list, 1.0 min); the triple budget keeps a slow machine from failing it.
  test.slow();
  for (const width of checkedWidths) {
    await page.setViewportSize({ width, height: width < 768 ? 844 : 900 });
    const response = await openSettled(page, path);
    expect(response?.status(), `${path} answered`).toBeLessThan(500);
    expect.soft(await wcagViolations(page), `WCAG violations at ${width} px`).toEqual([]);
    expect.soft(await sidewaysOverflow(page), `sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
    expect.soft(await tablesWiderThanScreen(page), `tables wider than the screen at ${width} px`).toEqual([]);
    expect.soft(await phoneTableLabelsCut(page), `column names cut on a phone at ${width} px`).toEqual([]);
    expect.soft(await controlsOutsideTheirBox(page), `controls outside their box at ${width} px`).toEqual([]);
    expect.soft(await textAreasHidingText(page), `text areas hiding part of their text at ${width} px`).toEqual([]);
    if (width < 768) expect.soft(await fieldsZoomedIntoOnPhone(page), `fields a phone zooms into at ${width} px`).toEqual([]);
    if (width < 768) expect.soft(await placeholdersCut(page), `examples cut off at ${width} px`).toEqual([]);
    else expect.soft(await fileButtonsWithoutFocusRing(page), `file buttons without a focus ring at ${width} px`).toEqual([]);
    // Last: it moves the focus and scrolls the page.
    expect.soft(await focusHiddenBehindBars(page), `focus hidden behind a bar at ${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: narrowestPhone, height: 740 });
  await page.goto(path);
  expect.soft(await sidewaysOverflow(page), `sideways scrolling at ${narrowestPhone} px`).toBeLessThanOrEqual(0);
  expect.soft(await tablesWiderThanScreen(page), `tables wider than the screen at ${narrowestPhone} px`).toEqual([]);
  expect.soft(await phoneTableLabelsCut(page), `column names cut on a phone at ${narrowestPhone} px`).toEqual([]);
  expect.soft(await placeholdersCut(page), `examples cut off at ${narrowestPhone} px`).toEqual([]);
  expect.soft(await controlsOutsideTheirBox(page), `controls outside their box at ${narrowestPhone} px`).toEqual([]);
  expect.soft(await textAreasHidingText(page), `text areas hiding part of their text at ${narrowestPhone} px`).toEqual([]);
}
