import { absoluteUrl } from "./xml";

// Structured data for search engines, as JSON put inside a <script type="application/ld+json">.

/** JSON safe inside a <script> element: "<" cannot end it, and the line separators JavaScript once refused are escaped. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** One step of a page's breadcrumbs: "Trang chủ" at "/", "Giới thiệu" at "/gioi-thieu/gioi-thieu". */
export type Crumb = { name: string; path: string };

/** schema.org BreadcrumbList of the steps from the home page to the page itself, with absolute addresses. */
export function breadcrumbListJsonLd(siteUrl: string, crumbs: readonly Crumb[]): string {
  return scriptJson({
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: absoluteUrl(siteUrl, crumb.path) })),
  });
}
