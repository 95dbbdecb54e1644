import { NotFoundContent } from "@/components/site/not-found-content";

// notFound() in a public page (an unknown article, category, unit or about page) lands here, inside
// the (site) layout that already draws the header and footer: app/not-found.tsx would draw them twice.
export default function SiteNotFound() {
  return <NotFoundContent />;
}
