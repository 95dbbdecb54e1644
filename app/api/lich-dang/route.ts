import { after } from "next/server";
import { getDatabase } from "@/server/database";
import { refreshPageCopiesSoon } from "@/server/page-cache-refresh";
import { privateJson } from "@/server/private-answers";
import { expireDuePublications } from "@/server/publication-timer";
import { refuseForeignWrite } from "@/server/write-guard";

/** Called by the server itself when a scheduled article is due (server/publication-timer.ts). */
export async function POST(request: Request) {
  const refused = refuseForeignWrite(request);
  if (refused) return refused;
  const expired = await expireDuePublications(getDatabase());
  // nginx in front (several instances): its copies of home and "Tin tức" are renewed at once.
  if (expired) after(() => refreshPageCopiesSoon(["/", "/tin-tuc"]));
  return privateJson({ expired });
}
