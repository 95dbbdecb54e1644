import { MediaSectionTabs } from "@/components/workspace/media-section-tabs";
import { canManageAlbums } from "@/core/permissions";
import { getWorkingUser } from "@/server/session";

/** The media library and the albums, one section with two tabs. Each page checks its own visitor. */
export default async function MediaSectionLayout({ children }: { children: React.ReactNode }) {
  const user = await getWorkingUser();
  return (
    <>
      <MediaSectionTabs showAlbums={canManageAlbums(user)} />
      {children}
    </>
  );
}
