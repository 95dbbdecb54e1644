/**
 * Structured data for search engines. Not a script the browser runs (its type is data), so the
 * Content-Security-Policy does not apply; the JSON has "<" escaped and cannot end the element.
 */
export function JsonLd({ json }: { json: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
