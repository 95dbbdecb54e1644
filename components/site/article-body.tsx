import { bodyWithPictures } from "@/core/media-files";

/** The body of an article or a page, its photos as pictures with a JPEG for browsers without WebP. */
export function ArticleBody({ html }: { html: string }) {
  // Stored only after the server-side sanitiser: this HTML never carries scripts.
  return <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: bodyWithPictures(html) }} />;
}
