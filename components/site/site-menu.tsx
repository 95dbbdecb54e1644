import { siteMenuContent } from "@/server/public-content";
import { SiteMenuNav } from "./site-menu-nav";

/**
 * The header's navigation: read on the server (cached with every public page under the `chrome`
 * tag, which a menu save expires), drawn by a small client island that marks the current item.
 */
export async function SiteMenu() {
  return <SiteMenuNav links={await siteMenuContent()} />;
}
