/** What the checklist reads of an article about to be published. */
export type ChecklistArticle = {
  summary: string;
  byline: string;
  bodyHtml: string;
  /** The cover photo, when there is one. */
  cover: { alt: string; caption: string } | null;
};

type BodyPhoto = { alt: string; caption: string };

const textOf = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").trim();

// The editor writes each photo as <figure><img … alt="…"><figcaption>…</figcaption></figure>
// (figure-extension.ts); a bare <img> counts as a photo without a caption.
function bodyPhotos(html: string): BodyPhoto[] {
  const photos: BodyPhoto[] = [];
  const figures = html.match(/<figure\b[\s\S]*?<\/figure>/gi) ?? [];
  for (const figure of figures) {
    for (const img of figure.match(/<img\b[^>]*>/gi) ?? []) {
      photos.push({ alt: altOf(img), caption: textOf(/<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/i.exec(figure)?.[1] ?? "") });
    }
  }
  const outside = html.replace(/<figure\b[\s\S]*?<\/figure>/gi, "");
  for (const img of outside.match(/<img\b[^>]*>/gi) ?? []) photos.push({ alt: altOf(img), caption: "" });
  return photos;
}

function altOf(img: string): string {
  return (/\balt\s*=\s*"([^"]*)"/i.exec(img)?.[1] ?? /\balt\s*=\s*'([^']*)'/i.exec(img)?.[1] ?? "").trim();
}

/**
 * What a reader will miss if the article goes out as it is: warnings before "Xuất bản", never a
 * refusal (a short notice may rightly have no photo).
 */
export function publishChecklist(article: ChecklistArticle): string[] {
  const warnings: string[] = [];
  if (!article.summary.trim()) warnings.push("Chưa có sapo (tóm tắt) — sapo hiện ở danh sách tin và khi chia sẻ.");
  if (!article.byline.trim()) warnings.push("Chưa ghi tác giả (dòng ghi cuối bài).");
  const photos = bodyPhotos(article.bodyHtml);
  if (!article.cover && photos.length === 0) warnings.push("Bài chưa có ảnh nào.");
  if (article.cover && !article.cover.caption.trim()) warnings.push("Ảnh đại diện chưa có chú thích.");
  if (article.cover && !article.cover.alt.trim()) warnings.push("Ảnh đại diện chưa có mô tả cho người không nhìn thấy.");
  const noCaption = photos.filter((photo) => !photo.caption).length;
  const noAlt = photos.filter((photo) => !photo.alt).length;
  if (noCaption) warnings.push(`${noCaption} ảnh trong bài chưa có chú thích.`);
  if (noAlt) warnings.push(`${noAlt} ảnh trong bài chưa có mô tả cho người không nhìn thấy.`);
  return warnings;
}
