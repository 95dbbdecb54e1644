// "An editor saves every second": a real editor account signs in through next-auth and sends
// the editor's own autosave request, so each save takes the same path as in the browser.
import { demoAccounts } from "@/seeds/demo-organisation";


function cookiesFrom(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair?.indexOf("=") ?? -1;
    if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** Signs in as the demo editor or admin (the bench database has the demo accounts); returns the Cookie header. */
export async function signInAs(origin: string, role: "editor" | "admin"): Promise<string> {
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
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: form,
  });
  cookiesFrom(signIn, jar);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`Đăng nhập tài khoản mẫu ${account.username} thất bại (HTTP ${signIn.status}).`);
  }
  return cookieHeader(jar);
}

export type SaveLoop = { stop: () => Promise<{ saves: number; failures: number; medianMs: number; slowestMs: number }> };

/** Autosaves the article once a second (its summary changes each time) until stopped. */
export function saveEverySecond(origin: string, cookie: string, article: { id: number; fields: Record<string, string> }, baseVersion: number): SaveLoop {
  let version = baseVersion;
  let saves = 0;
  let failures = 0;
  const durations: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const fields = { ...article.fields, summary: `${article.fields.summary} (lưu lúc ${new Date().toISOString()})` };
      try {
        const response = await fetch(`${origin}/api/bai-viet/tu-dong-luu`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Cookie: cookie },
          body: JSON.stringify({ articleId: article.id, baseVersion: version, fields }),
        });
        const body = (await response.json()) as { ok: boolean; version?: number };
        if (response.ok && body.ok && body.version) {
          version = body.version;
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
      return { saves, failures, medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), slowestMs: Math.round(sorted.at(-1) ?? 0) };
    },
  };
}
