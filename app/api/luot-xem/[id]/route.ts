import { privateJson } from "@/server/private-answers";
import { requestIp } from "@/server/request-ip";
import { viewCounter } from "@/server/view-counter";
import { refuseForeignWrite } from "@/server/write-guard";
import { recordIdFrom } from "@/core/record-id";

/**
 * A reader's browser reports one view of a public article. Counted in memory (written in batches),
 * not for crawlers nor for the same reader again within 30 minutes; the answer is the count the
 * reader should see, their own view included.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Another site's page could otherwise raise "Đã xem" from its readers' browsers.
  const refused = refuseForeignWrite(request);
  if (refused) return refused;
  const articleId = recordIdFrom((await params).id);
  if (articleId === null) return invalidId();
  const answer = await viewCounter().record({ articleId, ip: await requestIp(), userAgent: request.headers.get("user-agent") });
  if (!answer) return notFound();
  return privateJson(answer);
}

/** The count only, for a reader whose browser already counted this article: the page may be cached. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const articleId = recordIdFrom((await params).id);
  if (articleId === null) return invalidId();
  const viewCount = await viewCounter().current(articleId);
  if (viewCount === null) return notFound();
  return privateJson({ counted: false, viewCount });
}

const invalidId = () => privateJson({ error: "Mã tin không hợp lệ." }, 400);
const notFound = () => privateJson({ error: "Không tìm thấy tin này." }, 404);
