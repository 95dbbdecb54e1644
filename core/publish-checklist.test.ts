import { describe, expect, it } from "vitest";
import { publishChecklist, type ChecklistArticle } from "./publish-checklist";

const photo = (alt: string, caption: string) => `<figure><img src="/anh/1.webp" alt="${alt}" loading="lazy"><figcaption>${caption}</figcaption></figure>`;
const complete: ChecklistArticle = { summary: "Sáng nay, công đoàn tổ chức hội thao.", byline: "Tin & ảnh: Minh Anh", bodyHtml: `<p>Nội dung.</p>${photo("Hai đội bóng", "Trận chung kết")}`, cover: null };

describe("publishChecklist", () => {
  it("has nothing to say about a complete article", () => {
    expect(publishChecklist(complete)).toEqual([]);
  });

  it.each<[string, Partial<ChecklistArticle>, string[]]>([
    ["no sapo", { summary: "  " }, ["Chưa có sapo (tóm tắt) — sapo hiện ở danh sách tin và khi chia sẻ."]],
    ["no byline", { byline: "" }, ["Chưa ghi tác giả (dòng ghi cuối bài)."]],
    ["no photo at all", { bodyHtml: "<p>Chỉ có chữ.</p>" }, ["Bài chưa có ảnh nào."]],
    ["a cover but no body photo", { bodyHtml: "<p>Chữ.</p>", cover: { alt: "Hội trường", caption: "Quang cảnh hội nghị" } }, []],
    ["a cover without caption or description", { cover: { alt: "", caption: "" } }, ["Ảnh đại diện chưa có chú thích.", "Ảnh đại diện chưa có mô tả cho người không nhìn thấy."]],
    ["body photos without captions", { bodyHtml: `${photo("A", "")}${photo("B", "<br>")}` }, ["2 ảnh trong bài chưa có chú thích."]],
    ["a body photo without a description", { bodyHtml: photo("", "Chú thích") }, ["1 ảnh trong bài chưa có mô tả cho người không nhìn thấy."]],
    ["a bare image outside a figure", { bodyHtml: `<p><img src="/x.webp" alt="Ảnh"></p>` }, ["1 ảnh trong bài chưa có chú thích."]],
  ])("warns about %s", (_case, change, warnings) => {
    expect(publishChecklist({ ...complete, ...change })).toEqual(warnings);
  });
});
