import { NextResponse } from "next/server";
import { getDatabase } from "@/server/database";
import { expireDuePublications } from "@/server/publication-timer";
import { refuseForeignWrite } from "@/server/write-guard";

/** Called by the server itself when a scheduled article is due (server/publication-timer.ts). */
export async function POST(request: Request) {
  const refused = refuseForeignWrite(request);
  if (refused) return refused;
  const expired = await expireDuePublications(getDatabase());
  return NextResponse.json({ expired }, { headers: { "Cache-Control": "no-store" } });
}
