import type { Metadata } from "next";
import { NotFoundPage } from "@/components/site/not-found-page";
import { NOT_FOUND_PATH } from "@/core/public-routes";
import { followLegacyPath } from "@/server/legacy-redirect";

type Props = { params: Promise<{ duong: string[] }> };

// A path no route took (an old Joomla category path such as /hoat-dong-cong-doan/tin-co-so) comes
// here through next.config.ts's fallback rewrite, before the 404 page. None at build time.
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: "Không tìm thấy trang" };

export default async function LegacyPathPage({ params }: Props) {
  // Next hands the segments decoded; the keys are read from the path as the browser sent it.
  const pathname = `/${(await params).duong.map(encodeURIComponent).join("/")}`;
  if (pathname !== NOT_FOUND_PATH) await followLegacyPath(pathname);
  return <NotFoundPage />;
}
