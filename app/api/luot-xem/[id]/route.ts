import { NextResponse } from "next/server";
import { requestIp } from "@/server/request-ip";
import { viewCounter } from "@/server/view-counter";

/**
 * A reader's browser reports one view of a public article. Counted in memory (written in batches),
 * not for crawlers nor for the same reader again within 30 minutes; the answer is the count the
 * reader should see, their own view included.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id)) {
    return NextResponse.json({ error: "Mã tin không hợp lệ." }, { status: 400 });
  }
  const answer = viewCounter().record({ articleId: Number(id), ip: await requestIp(), userAgent: request.headers.get("user-agent") });
  if (!answer) {
    return NextResponse.json({ error: "Không tìm thấy tin này." }, { status: 404 });
  }
  return NextResponse.json(answer, { headers: { "Cache-Control": "no-store" } });
}
