/** What points at a unit or category: counts, and the first few names of each. */
export type TaxonomyUsage = { articleCount: number; articleTitles: string[]; userCount: number; usernames: string[]; childUnits: string[] };

const quoted = (names: string[]) => names.map((name) => `“${name}”`).join(", ");

/** Whether anything still points at a unit or category. */
export function isInUse(usage: TaxonomyUsage): boolean {
  return usage.articleCount > 0 || usage.userCount > 0 || usage.childUnits.length > 0;
}

/**
 * Why a unit or category cannot be deleted, naming what uses it, so the admin knows what to
 * move first: "Không thể xóa đơn vị “LĐLĐ huyện Hòa An” vì đang được dùng: 3 bài viết (“…”, …); tài khoản: bientap."
 */
export function usageRefusal(kind: "đơn vị" | "chuyên mục", name: string, usage: TaxonomyUsage): string {
  const parts: string[] = [];
  if (usage.articleCount > 0) {
    const more = usage.articleCount - usage.articleTitles.length;
    parts.push(`${usage.articleCount} bài viết (${quoted(usage.articleTitles)}${more > 0 ? ` và ${more} bài khác` : ""})`);
  }
  if (usage.userCount > 0) {
    const more = usage.userCount - usage.usernames.length;
    parts.push(`tài khoản ${usage.usernames.join(", ")}${more > 0 ? ` và ${more} tài khoản khác` : ""}`);
  }
  if (usage.childUnits.length > 0) parts.push(`đơn vị trực thuộc ${quoted(usage.childUnits)}`);
  return `Không thể xóa ${kind} “${name}” vì đang được dùng: ${parts.join("; ")}. Hãy chuyển những mục này sang ${kind} khác trước.`;
}
