// "An editor saves every second": a real editor account signs in through next-auth and sends
// the editor's own autosave request, so each save takes the same path as in the browser.
import type { EditableArticle } from "@/db/queries/workspace-articles";
import { demoAccounts } from "@/seeds/demo-organisation";

function cookiesFrom(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair?.indexOf("=") ?? -1;
    if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** The autosave's fields, as the editor sends them for this article unchanged. */
export function autosaveFields(article: EditableArticle): Record<string, string> {
  return {
    title: article.title, slug: article.slug, summary: article.summary, bodyHtml: article.bodyHtml,
    coverMediaId: article.coverMediaId ? String(article.coverMediaId) : "", coverCaption: article.coverCaption, byline: article.byline,
    categoryId: String(article.categoryId), unitId: String(article.unitId),
    seriesId: article.seriesId ? String(article.seriesId) : "", seriesPart: article.seriesPart ? String(article.seriesPart) : "",
    isFeatured: article.isFeatured ? "on" : "",
  };
}

/**
 * Signs in as the demo editor or admin (the bench database has the demo accounts); returns the Cookie header.
 * `siteOrigin`: sent as Origin, as a browser does, when the site's address is not `origin` (behind nginx).
 */
export async function signInAs(origin: string, role: "editor" | "admin", siteOrigin?: string): Promise<string> {
  const account = demoAccounts.find((account) => account.role === role);
  if (!account) throw new Error(`Không có tài khoản mẫu vai trò ${role}.`);
  const jar = new Map<string, string>();
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  cookiesFrom(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const form = new URLSearchParams({ username: account.username, password: account.password, csrfToken, callbackUrl: `${origin}/quan-tri`, json: "true" });
  const signIn = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar), ...(siteOrigin ? { Origin: siteOrigin } : {}) },
    body: form,
  });
  cookiesFrom(signIn, jar);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`Đăng nhập tài khoản mẫu ${account.username} thất bại (HTTP ${signIn.status}).`);
  }
  return cookieHeader(jar);
}

/** One autosave, as the editor's page sends it; the article's new version, or null when it was refused. */
export async function saveArticle(
  origin: string,
  cookie: string,
  save: { articleId: number; baseVersion: number; fields: Record<string, string> },
  siteOrigin?: string,
): Promise<number | null> {
  const response = await fetch(`${origin}/api/bai-viet/tu-dong-luu`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie, ...(siteOrigin ? { Origin: siteOrigin } : {}) },
    body: JSON.stringify(save),
  });
  const body = (await response.json()) as { ok: boolean; version?: number };
  return response.ok && body.ok && body.version ? body.version : null;
}

/** What the loop did, and the article as its last save left it (for a loop after it). */
export type SaveLoop = {
  stop: () => Promise<{ saves: number; failures: number; medianMs: number; slowestMs: number; version: number; fields: Record<string, string> }>;
};

/**
 * Autosaves the article once a second until stopped, changing its summary (what its card in a list shows)
 * or its text (what only its own page shows: an editor typing), each time.
 */
export function saveEverySecond(
  origin: string,
  cookie: string,
  article: { id: number; fields: Record<string, string> },
  baseVersion: number,
  changing: "summary" | "bodyHtml" = "summary",
): SaveLoop {
  let version = baseVersion;
  let saved = article.fields;
  let saves = 0;
  let failures = 0;
  const durations: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const stamp = `lưu lúc ${new Date().toISOString()}`;
      const changed = changing === "summary" ? `${article.fields.summary} (${stamp})` : `${article.fields.bodyHtml}<p>Bổ sung, ${stamp}.</p>`;
      const fields = { ...article.fields, [changing]: changed };
      try {
        const newVersion = await saveArticle(origin, cookie, { articleId: article.id, baseVersion: version, fields });
        if (newVersion) {
          version = newVersion;
          saved = fields;
          saves++;
        } else failures++;
      } catch {
        failures++;
      }
      const took = performance.now() - started;
      durations.push(took);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - took)));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      const sorted = durations.toSorted((a, b) => a - b);
      return { saves, failures, medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), slowestMs: Math.round(sorted.at(-1) ?? 0), version, fields: saved };
    },
  };
}
