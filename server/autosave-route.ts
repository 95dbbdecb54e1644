import "server-only";
import type { ActionFailure } from "@/core/action-result";
import type { SaveOutcome } from "@/core/editor-save";
import { isRecordId } from "@/core/record-id";
import { z } from "@/core/schemas/zod";
import { isDatabaseUnavailable } from "@/db/transaction";
import { SESSION_EXPIRED } from "./action";
import { DATABASE_UNAVAILABLE } from "./atomically";
import type { Database } from "@/db/client";
import { getDatabase } from "./database";
import { privateJson } from "./private-answers";
import { getWorkingUser, type CurrentUser } from "./session";
import { refuseForeignWrite } from "./write-guard";

type AutosaveRoute<K extends string, R extends object> = {
  /** The id's name in the body: "articleId", "pageId". */
  idName: K;
  /** Refuses, before anything is read, a user who may never save here (a contributor saving a page). */
  refusal?: (user: CurrentUser) => string | null;
  /** The command that saves: it checks again, like every command, that this user may. */
  save: (db: Database, user: CurrentUser, request: { id: number | null; baseVersion: number | null; fields: Record<string, string> }) => Promise<SaveOutcome<R> | ActionFailure>;
  /** Tells the caches after a save that succeeded (a published article's or page's public pages). */
  afterSave: (db: Database, result: R) => Promise<void> | void;
};

/**
 * POST for an autosave route (/api/bai-viet/tu-dong-luu, /api/trang/tu-dong-luu), which exists as
 * a URL because a page being closed can still send a keepalive request, not an action. In order:
 * a foreign page or the wrong Content-Type is refused, then a signed-out visitor, then a user who
 * may not save here, then a body that is not a save; the command decides the rest.
 */
export function autosaveRoute<K extends string, R extends object>({ idName, refusal, save, afterSave }: AutosaveRoute<K, R>) {
  // The body names the id as the editor's form does ({"articleId": 5, …}); read here as `id`.
  const bodySchema = z.preprocess(
    (body) => (typeof body === "object" && body !== null ? { ...body, id: (body as Record<string, unknown>)[idName] } : body),
    z.object({ id: z.number().refine(isRecordId).nullable(), baseVersion: z.number().refine(isRecordId).nullable(), fields: z.record(z.string(), z.string()) }),
  );
  return async function POST(request: Request) {
    try {
      return await handle(request);
    } catch (error) {
      // A restarting database: the editor keeps its text and tries again (503, not a crash).
      if (!isDatabaseUnavailable(error)) throw error;
      return privateJson(DATABASE_UNAVAILABLE, 503);
    }
  };

  async function handle(request: Request) {
    const refused = refuseForeignWrite(request, "application/json");
    if (refused) return refused;
    const user = await getWorkingUser();
    if (!user) return privateJson({ ok: false, formError: SESSION_EXPIRED }, 401);
    const forbidden = refusal?.(user);
    if (forbidden) return privateJson({ ok: false, formError: forbidden }, 403);
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return privateJson({ ok: false, formError: "Dữ liệu tự động lưu không hợp lệ." }, 400);
    const db = getDatabase();
    const result = await save(db, user, parsed.data);
    if (result.ok) await afterSave(db, result);
    const status = result.ok ? 200 : "conflict" in result ? 409 : result === DATABASE_UNAVAILABLE ? 503 : 422;
    return privateJson(result, status);
  }
}
