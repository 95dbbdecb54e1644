import type { Metadata } from "next";
import { NotFoundPage } from "@/components/site/not-found-page";
import { legacyKeysOfSegment } from "@/core/legacy-routes";
import { followLegacyAddress } from "@/server/legacy-redirect";

type Props = { params: Promise<{ khoa: string }> };

// An old portal's address (/index.php?option=com_content…, …/123-dai-hoi.html) is rewritten here by
// proxy.ts with its candidate keys as one segment (core/legacy-routes.ts), so every form of one old
// address shares one cache entry. None at build time: each is rendered on its first request.
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: "Không tìm thấy trang" };

export default async function LegacyKeysPage({ params }: Props) {
  await followLegacyAddress(legacyKeysOfSegment((await params).khoa));
  return <NotFoundPage />;
}
