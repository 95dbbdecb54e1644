import { NextResponse } from "next/server";
import { getDatabase } from "@/server/database";
import { expireDuePublications } from "@/server/publication-timer";

/** Called by the server itself when a scheduled article is due (server/publication-timer.ts). */
export async function POST() {
  const expired = expireDuePublications(getDatabase());
  return NextResponse.json({ expired }, { headers: { "Cache-Control": "no-store" } });
}
