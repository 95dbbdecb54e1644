import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flattenMenu, type MenuNode } from "@/core/menu-tree";
import type { Database } from "@/db/client";
import { auditEntriesPage } from "@/db/queries/audit-log";
import { adminMenu, publicMenu, storedMenu } from "@/db/queries/menu";
import { createTestDatabase, failWrites, insertCategory, insertUnit, insertUser, type TestDatabase, isForcedFailure } from "@/db/test-database";
import { pages } from "@/db/schema";
import { saveMenuCommand } from "./menu-commands";
import { deleteCategoryCommand, deleteUnitCommand } from "./taxonomy-commands";
import { writeTransaction } from "@/db/transaction";
import { onlyRow } from "@/db/sql";

let handle: TestDatabase;
let db: Database;
let admin: Awaited<ReturnType<typeof insertUser>>;
const context = { ip: "10.4.5.6" };

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  admin = await insertUser(db, { role: "admin", username: "quantri" });
});
afterEach(() => handle.close());

const node = (key: string, fields: Partial<MenuNode> = {}): MenuNode => ({ key, label: key, kind: "home", targetId: null, url: "", children: [], ...fields });
const insertPage = async (slug: string, title: string, status: "draft" | "published" = "published") => onlyRow(await writeTransaction(db, (tx) => tx.insert(pages).values({ slug, title, status }).returning()));

/** Saves as the menu screen does: the tree as JSON, with the fingerprint of the menu it was opened with. */
async function save(tree: MenuNode[], base?: string, by = admin) {
  return await saveMenuCommand(db, by, { menu: JSON.stringify(flattenMenu(tree)), base: base ?? (await adminMenu(db)).fingerprint }, context);
}

/** The stored menu as "label[label,label]", to compare at a glance. */
const outline = async () => (await storedMenu(db)).map((n) => (n.children.length ? `${n.label}[${n.children.map((c) => c.label).join(",")}]` : n.label));
const menuAudits = async () => await auditEntriesPage(db, { action: "menu-update" }, { offset: 0, limit: 10 });

describe("saving the menu", () => {
  it("stores the whole tree in order with its sub-items, audited, and readers get it", async () => {
    const about = await insertPage("gioi-thieu", "Giới thiệu");
    const history = await insertPage("lich-su-truyen-thong", "Lịch sử truyền thống");
    const documents = await insertCategory(db, { name: "Văn bản", slug: "van-ban" });
    const result = await save([
      node("a", { label: "Trang chủ" }),
      node("b", { label: "Giới thiệu", kind: "page", targetId: about.id, children: [node("c", { label: " Lịch sử truyền thống ", kind: "page", targetId: history.id })] }),
      node("d", { label: "Văn bản", kind: "category", targetId: documents.id }),
      node("e", { label: "Tổng Liên đoàn", kind: "external", url: "https://congdoan.vn" }),
    ]);
    expect(result).toMatchObject({ ok: true, message: "Đã lưu menu. Trang tin đã hiện menu mới.", fingerprint: (await adminMenu(db)).fingerprint });
    expect(await outline()).toEqual(["Trang chủ", "Giới thiệu[Lịch sử truyền thống]", "Văn bản", "Tổng Liên đoàn"]);
    expect((await menuAudits()).items).toMatchObject([{ actorName: admin.displayName, target: "Menu", detail: "Trang chủ, Giới thiệu (1 mục con), Văn bản, Tổng Liên đoàn", ip: "10.4.5.6" }]);
    expect((await publicMenu(db)).map((l) => [l.label, l.href, l.children.map((c) => c.href)])).toEqual([
      ["Trang chủ", "/", []],
      ["Giới thiệu", "/gioi-thieu/gioi-thieu", ["/gioi-thieu/lich-su-truyen-thong"]],
      ["Văn bản", "/chuyen-muc/van-ban", []],
      ["Tổng Liên đoàn", "https://congdoan.vn", []],
    ]);
  });

  it("leaves the old menu as it was when one item is bad, and says what is wrong with each", async () => {
    expect(await save([node("a", { label: "Trang chủ" }), node("b", { label: "Tin tức", kind: "path", url: "/tin-tuc" })])).toMatchObject({ ok: true });
    const before = (await adminMenu(db)).fingerprint;
    const result = await save([node("x", { label: "Mới" }), node("y", { label: "Xấu", kind: "external", url: "javascript:alert(1)" }), node("z", { label: "", kind: "category" })]);
    expect(result).toMatchObject({
      ok: false,
      formError: expect.stringContaining("3 lỗi"),
      fieldErrors: { "y.url": [expect.stringContaining("javascript:")], "z.label": [expect.any(String)], "z.target": [expect.any(String)] },
    });
    expect(await outline()).toEqual(["Trang chủ", "Tin tức"]);
    expect((await adminMenu(db)).fingerprint).toBe(before);
    expect((await menuAudits()).total).toBe(1);
  });

  it("writes nothing when the audit entry cannot be written: the whole save is one transaction", async () => {
    await save([node("a", { label: "Trang chủ" })]);
    await failWrites(db, "BEFORE INSERT ON audit_log");
    await expect(save([node("b", { label: "Liên hệ", kind: "path", url: "/lien-he" })])).rejects.toSatisfy(isForcedFailure);
    expect(await outline()).toEqual(["Trang chủ"]);
  });

  it("refuses a save from a screen opened before another save, then lets the admin overwrite knowingly", async () => {
    const opened = (await adminMenu(db)).fingerprint;
    expect(await save([node("a", { label: "Từ thẻ thứ nhất" })], opened)).toMatchObject({ ok: true });
    const stale = await save([node("a", { label: "Từ thẻ thứ hai" })], opened);
    expect(stale).toMatchObject({ ok: false, formError: expect.stringContaining("vừa được lưu ở một thẻ hoặc máy khác"), latestFingerprint: (await adminMenu(db)).fingerprint });
    expect(await outline()).toEqual(["Từ thẻ thứ nhất"]);
    const latest = !stale.ok && "latestFingerprint" in stale ? stale.latestFingerprint : "";
    expect(await save([node("a", { label: "Từ thẻ thứ hai" })], latest)).toMatchObject({ ok: true });
    expect(await outline()).toEqual(["Từ thẻ thứ hai"]);
    expect((await menuAudits()).total).toBe(2);
  });

  it("answers a malformed body with a message, never an exception", async () => {
    for (const menu of ["", "{[", "null", '[{"key":"a"}]', JSON.stringify([{ key: "a", parentKey: null, label: "x", kind: "home", targetId: "1; DROP TABLE", url: "" }])]) {
      expect(await saveMenuCommand(db, admin, { menu, base: (await adminMenu(db)).fingerprint }, context)).toMatchObject({ ok: false, formError: expect.stringContaining("không đúng định dạng") });
    }
    expect((await menuAudits()).total).toBe(0);
  });

  it("refuses editors and contributors", async () => {
    for (const role of ["editor", "contributor"] as const) {
      expect(await save([node("a")], (await adminMenu(db)).fingerprint, await insertUser(db, { role }))).toEqual({ ok: false, formError: "Chỉ quản trị viên được làm việc này." });
    }
    expect(await storedMenu(db)).toEqual([]);
  });
});

describe("targets that go away", () => {
  it("flags an item whose category or unit was deleted, hides it from readers, and the deletion still succeeds", async () => {
    const category = await insertCategory(db, { name: "Chuyên mục tạm", slug: "chuyen-muc-tam" });
    const unit = await insertUnit(db, { name: "Công đoàn tạm", slug: "cong-doan-tam" });
    await save([node("a", { label: "Trang chủ" }), node("b", { label: "Tạm", kind: "category", targetId: category.id, children: [node("c", { label: "Đơn vị tạm", kind: "unit", targetId: unit.id })] })]);
    expect((await adminMenu(db)).flags).toEqual({});

    expect(await deleteUnitCommand(db, admin, unit.id, context)).toEqual({ ok: true, message: expect.stringContaining("Mục “Đơn vị tạm” trong menu trỏ tới đơn vị này nên đã được ẩn") });
    const [, tam] = await storedMenu(db);
    expect((await adminMenu(db)).flags).toEqual({ [tam!.children[0]!.key]: "deleted" });
    expect((await publicMenu(db)).map((l) => [l.label, l.children.length])).toEqual([["Trang chủ", 0], ["Tạm", 0]]);

    expect(await deleteCategoryCommand(db, admin, category.id, context)).toMatchObject({ ok: true });
    expect((await adminMenu(db)).flags).toEqual({ [tam!.key]: "deleted", [tam!.children[0]!.key]: "deleted" });
    expect((await publicMenu(db)).map((l) => l.label)).toEqual(["Trang chủ"]);
    // Saving it unchanged is refused on that item, not silently kept.
    expect(await save(await storedMenu(db))).toMatchObject({ ok: false, fieldErrors: { [`${tam!.key}.target`]: [expect.stringContaining("Đích đã bị xóa")] } });
  });

  it("keeps an unpublished page's item, flagged and hidden until the page is published", async () => {
    const draft = await insertPage("noi-quy", "Nội quy", "draft");
    expect(await save([node("a", { label: "Nội quy", kind: "page", targetId: draft.id })])).toMatchObject({ ok: true });
    const [item] = await storedMenu(db);
    expect((await adminMenu(db)).flags).toEqual({ [item!.key]: "unpublished" });
    expect(await publicMenu(db)).toEqual([]);
  });

  it("shows the home page, all news and the categories while no menu is arranged", async () => {
    await insertCategory(db, { name: "Tin hoạt động", slug: "tin-hoat-dong" });
    expect((await publicMenu(db)).map((l) => `${l.label} → ${l.href}`)).toEqual(["Trang chủ → /", "Tất cả tin → /tin-tuc", "Tin hoạt động → /chuyen-muc/tin-hoat-dong"]);
  });
});
