import { NextResponse } from "next/server";
import { isCrawler } from "@/core/crawler";
import { recordArticleView } from "@/db/queries/public-articles";
import { getDatabase } from "@/server/database";

/** A reader's browser reports one view of a public article; crawlers are answered but not counted. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id)) {
    return NextResponse.json({ error: "Mã tin không hợp lệ." }, { status: 400 });
  }
  if (isCrawler(request.headers.get("user-agent"))) {
    return NextResponse.json({ counted: false });
  }
  const viewCount = recordArticleView(getDatabase(), Number(id));
  if (viewCount === null) {
    return NextResponse.json({ error: "Không tìm thấy tin này." }, { status: 404 });
  }
  return NextResponse.json({ counted: true, viewCount }, { headers: { "Cache-Control": "no-store" } });
}
