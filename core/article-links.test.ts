import { describe, expect, it } from "vitest";
import { linkProblems, movedInList, readArticleLinks } from "./article-links";

describe("reading the links a save sends", () => {
  it.each([
    [{}, { ok: true, links: null }],
    [{ documentIds: "", albumId: "" }, { ok: true, links: { documentIds: [], albumId: null } }],
    [{ documentIds: "12, 7,3,7", albumId: "5" }, { ok: true, links: { documentIds: [12, 7, 3], albumId: 5 } }],
    [{ documentIds: "12,x", albumId: "" }, { ok: false, errors: { documentIds: [expect.stringContaining("không đọc được")] } }],
    [{ documentIds: "0", albumId: "-1" }, { ok: false, errors: { documentIds: [expect.any(String)], albumId: [expect.any(String)] } }],
    [{ documentIds: "2147483648", albumId: "9999999999" }, { ok: false, errors: { documentIds: [expect.any(String)], albumId: [expect.any(String)] } }],
    [{ documentIds: "1,2,3,4,5,6,7,8,9,10,11", albumId: "" }, { ok: false, errors: { documentIds: [expect.stringContaining("bỏ bớt 1")] } }],
  ])("%j", (fields, expected) => {
    expect(readArticleLinks(fields)).toEqual(expected);
  });
});

describe("what a link may point at", () => {
  const links = { documentIds: [1, 2, 3], albumId: 9 };
  const published = (id: number) => ({ id, label: `${id}/KH`, published: true });
  const none = { documentIds: [], albumId: null };

  it("accepts published documents and album", () => {
    expect(linkProblems(links, { documents: [1, 2, 3].map(published), album: { id: 9, label: "Album", published: true } }, none)).toEqual({});
  });

  it("names a document not yet published, and says when one is gone", () => {
    const errors = linkProblems(links, { documents: [published(1), { id: 2, label: "2/KH", published: false }], album: null }, none);
    expect(errors).toEqual({
      documentIds: ["Văn bản “2/KH” chưa được đăng: chỉ gắn được văn bản đã đăng.", "Một văn bản đã chọn không còn trong sổ văn bản: hãy bỏ nó khỏi danh sách."],
      albumId: ["Album đã chọn không còn: hãy chọn album khác hoặc bỏ chọn."],
    });
  });

  it("keeps a document or album the article already linked, though taken down since", () => {
    const found = { documents: [published(1), published(3), { id: 2, label: "2/KH", published: false }], album: { id: 9, label: "Album", published: false } };
    expect(linkProblems(links, found, { documentIds: [2], albumId: 9 })).toEqual({});
  });
});

describe("moving a linked document", () => {
  it.each([
    [1, "up", ["b", "a", "c"]],
    [1, "down", ["a", "c", "b"]],
    [0, "up", ["a", "b", "c"]],
    [2, "down", ["a", "b", "c"]],
  ] as const)("item %i %s", (index, direction, expected) => {
    expect(movedInList(["a", "b", "c"], index, direction)).toEqual(expected);
  });
});
