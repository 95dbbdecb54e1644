import { permanentRedirect } from "next/navigation";
import { followLegacyPath } from "@/server/legacy-redirect";

type Props = { params: Promise<{ duong: string[] }> };

// A path that ended in "/" and may be an old NukeViet category (/vi/news/hoat-dong/) comes here from
// proxy.ts (core/legacy-routes.ts): its new page if it was one, else the path without the "/", as Next
// itself would answer. Cached like any public page. None at build time.
export function generateStaticParams() {
  return [];
}

export default async function TrailingSlashPage({ params }: Props) {
  // Next hands the segments decoded; the path is sent on as a browser would write it, never with
  // an empty first segment ("//host" would be another site).
  const pathname = `/${(await params).duong.filter((segment) => segment !== "").map(encodeURIComponent).join("/")}`;
  await followLegacyPath(pathname);
  permanentRedirect(pathname);
}
