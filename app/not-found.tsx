import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteChrome } from "@/components/site/site-chrome";

// An address no route matches (proxy.ts rewrites unknown public ones here) is outside the (site)
// layout, so this page brings the header and footer itself; app/(site)/not-found.tsx does not.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
