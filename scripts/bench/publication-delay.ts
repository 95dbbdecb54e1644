// How long an edit takes to reach readers through nginx's one-second page cache (issue 19): the
// demo editor, signed in over HTTP through nginx, renames the newest article with the editor's own
// autosave, and /tin-tuc is read through nginx, at the site's address, every 20 ms until the new
// title is on it. Between edits /tin-tuc is read as readers would, so nginx's copy is of any age
// when the edit lands.
import type { EditableArticle } from "@/db/queries/workspace-articles";
import { browserHeaders } from "./bench-server";
import { autosaveFields, saveArticle, signInAs } from "./editor-saves";

export type PublicationDelay = {
  /** From the autosave's request to the first /tin-tuc through nginx that shows the new title. */
  visibleMs: number[];
  /** The autosave's own answer time, part of visibleMs. */
  saveMs: number[];
  medianMs: number;
  maxMs: number;
};

const POLL_MS = 20;
const GIVE_UP_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function listingShows(url: string, text: string): Promise<boolean> {
  const response = await fetch(url, { headers: browserHeaders });
  return (await response.text()).includes(text);
}

/** Reads the page every 20 ms for `ms`, as readers keep nginx's copy fresh. */
async function readFor(url: string, ms: number): Promise<void> {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    await (await fetch(url, { headers: browserHeaders })).arrayBuffer();
    await sleep(POLL_MS);
  }
}

export async function measurePublicationDelay(options: { origin: string; siteOrigin: string; article: EditableArticle; times: number }): Promise<PublicationDelay> {
  // Read at the site's own address, as its readers do: nginx keeps its copies per host, and the
  // instance renews those of SITE_URL's host. Read at 127.0.0.1, the bench saw a copy nobody renews,
  // fresh only once its second ran out (every edit of 2026-12-01 and 02 before this was measured so).
  const listing = `${options.siteOrigin}/tin-tuc`;
  const cookie = await signInAs(options.origin, "editor", options.siteOrigin);
  const original = autosaveFields(options.article);
  let version = options.article.version;
  const save = async (title: string) => {
    const saved = await saveArticle(options.origin, cookie, { articleId: options.article.id, baseVersion: version, fields: { ...original, title } }, options.siteOrigin);
    if (!saved) throw new Error(`Lưu bài ${options.article.id} qua nginx bị từ chối.`);
    version = saved;
  };
  const visibleMs: number[] = [];
  const saveMs: number[] = [];
  try {
    for (let time = 1; time <= options.times; time++) {
      await readFor(listing, 1_000 + Math.random() * 1_000);
      // Plain letters and digits: found in the HTML as typed, whatever the title's own characters.
      const mark = `do-xuat-ban-${time}-${Date.now()}`;
      const started = performance.now();
      await save(`${options.article.title} ${mark}`);
      saveMs.push(Math.round(performance.now() - started));
      while (!(await listingShows(listing, mark))) {
        if (performance.now() - started > GIVE_UP_MS) throw new Error(`Sau ${GIVE_UP_MS / 1000} giây, /tin-tuc qua nginx vẫn chưa có tiêu đề mới.`);
        await sleep(POLL_MS);
      }
      visibleMs.push(Math.round(performance.now() - started));
    }
  } finally {
    // The article gets its own title back, so the next run starts from the same page.
    await save(options.article.title).catch((error: unknown) => console.error(`Không trả lại được tiêu đề của bài ${options.article.id}:`, error));
  }
  const sorted = visibleMs.toSorted((a, b) => a - b);
  return { visibleMs, saveMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, maxMs: sorted.at(-1) ?? 0 };
}
