import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEntriesPage } from "@/db/queries/audit-log";
import { adminCategories, adminUnits } from "@/db/queries/taxonomy-admin";
import { listCategories, listUnits } from "@/db/queries/taxonomy";
import { createTestDatabase, failWrites, insertArticle, insertCategory, insertUnit, insertUser, type TestDatabase, isForcedFailure } from "@/db/test-database";
import {
  createCategoryCommand,
  createUnitCommand,
  deleteCategoryCommand,
  deleteUnitCommand,
  moveCategoryCommand,
  moveUnitCommand,
  updateCategoryCommand,
  updateUnitCommand,
} from "./taxonomy-commands";

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

const unitNamed = async (name: string) => (await adminUnits(db)).find((u) => u.name === name);

describe("units", () => {
  it("creates units in a tree, with a slug made from the name, last among their siblings", async () => {
    expect(await createUnitCommand(db, admin, { name: "Liên đoàn Lao động tỉnh Hải Lâm", shortName: "LĐLĐ tỉnh", slug: "", parentId: "" }, context)).toMatchObject({ ok: true });
    const province = (await unitNamed("Liên đoàn Lao động tỉnh Hải Lâm"))!;
    expect(province).toMatchObject({ slug: "lien-doan-lao-dong-tinh-hai-lam", shortName: "LĐLĐ tỉnh", parentId: null });
    await createUnitCommand(db, admin, { name: "LĐLĐ huyện Đông Sơn", shortName: "", slug: "", parentId: String(province.id) }, context);
    await createUnitCommand(db, admin, { name: "Công đoàn Viên chức tỉnh", shortName: "CĐVC", slug: "cdvc", parentId: String(province.id) }, context);
    expect((await listUnits(db)).map((u) => u.name)).toEqual(["Liên đoàn Lao động tỉnh Hải Lâm", "LĐLĐ huyện Đông Sơn", "Công đoàn Viên chức tỉnh"]);
    expect(await unitNamed("LĐLĐ huyện Đông Sơn")).toMatchObject({ shortName: "LĐLĐ huyện Đông Sơn", slug: "ldld-huyen-dong-son" });
    expect((await auditEntriesPage(db, { action: "unit-create" }, { offset: 0, limit: 5 })).total).toBe(3);
  });

  it("refuses a taken slug, a malformed slug, an empty name and a missing parent, field by field", async () => {
    const taken = await insertUnit(db, { slug: "cdvc" });
    expect(await createUnitCommand(db, admin, { name: "Khác", shortName: "", slug: "cdvc", parentId: "" }, context)).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringContaining("đã được dùng")] } });
    expect(await createUnitCommand(db, admin, { name: "Khác", shortName: "", slug: "Có Dấu", parentId: "" }, context)).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringContaining("chữ thường không dấu")] } });
    expect(await createUnitCommand(db, admin, { name: " ", shortName: "", slug: "", parentId: "" }, context)).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)] } });
    expect(await createUnitCommand(db, admin, { name: "Khác", shortName: "", slug: "", parentId: "99999" }, context)).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.any(String)] } });
    expect(await updateUnitCommand(db, admin, taken.id, { name: "Đổi tên", shortName: "", slug: "cdvc", parentId: "" }, context)).toMatchObject({ ok: true });
  });

  it("renames without moving the unit's address, and records the old and new names", async () => {
    const unit = await insertUnit(db, { name: "LĐLĐ huyện Cũ", slug: "ldld-huyen-cu" });
    expect(await updateUnitCommand(db, admin, unit.id, { name: "LĐLĐ thị xã Mới", shortName: "LĐLĐ TX Mới", slug: "ldld-huyen-cu", parentId: "" }, context)).toMatchObject({ ok: true });
    expect(await unitNamed("LĐLĐ thị xã Mới")).toMatchObject({ slug: "ldld-huyen-cu", shortName: "LĐLĐ TX Mới" });
    expect((await auditEntriesPage(db, { action: "unit-update" }, { offset: 0, limit: 5 })).items[0]).toMatchObject({ detail: "Tên: LĐLĐ huyện Cũ → LĐLĐ thị xã Mới", ip: "10.4.5.6" });
  });

  it("never puts a unit under itself or under one of its sub-units", async () => {
    const province = await insertUnit(db);
    const district = await insertUnit(db, { parentId: province.id });
    const school = await insertUnit(db, { parentId: district.id });
    const fields = (parentId: number) => ({ name: "Tỉnh", shortName: "", slug: province.slug, parentId: String(parentId) });
    expect(await updateUnitCommand(db, admin, province.id, fields(school.id), context)).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.any(String)] } });
    expect(await updateUnitCommand(db, admin, province.id, fields(province.id), context)).toMatchObject({ ok: false });
    expect(await updateUnitCommand(db, admin, school.id, { name: "Trường", shortName: "", slug: school.slug, parentId: String(province.id) }, context)).toMatchObject({ ok: true });
    expect((await adminUnits(db)).find((u) => u.id === school.id)?.parentId).toBe(province.id);
  });

  it("reorders siblings one step at a time, and says so at either end", async () => {
    const province = await insertUnit(db);
    const a = await insertUnit(db, { name: "A", parentId: province.id, sortOrder: 0 });
    await insertUnit(db, { name: "B", parentId: province.id, sortOrder: 0 });
    const c = await insertUnit(db, { name: "C", parentId: province.id, sortOrder: 0 });
    expect(await moveUnitCommand(db, admin, c.id, "up", context)).toMatchObject({ ok: true });
    expect((await listUnits(db)).map((u) => u.name).slice(1)).toEqual(["A", "C", "B"]);
    expect(await moveUnitCommand(db, admin, a.id, "up", context)).toMatchObject({ ok: true, message: "“A” đã ở đầu danh sách." });
    await moveUnitCommand(db, admin, a.id, "down", context);
    expect((await listUnits(db)).map((u) => u.name).slice(1)).toEqual(["C", "A", "B"]);
  });

  it("deletes an unused unit, and refuses one in use naming its articles, accounts and sub-units", async () => {
    const category = await insertCategory(db);
    const used = await insertUnit(db, { name: "LĐLĐ huyện Đông Sơn" });
    await insertUnit(db, { name: "CĐCS Trường THCS Đông Sơn", parentId: used.id });
    await insertArticle(db, { unitId: used.id, categoryId: category.id, title: "Hội nghị người lao động năm 2024", status: "draft" });
    await insertUser(db, { role: "contributor", username: "hoa.dongson", unitId: used.id });
    const result = await deleteUnitCommand(db, admin, used.id, context);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.formError).toBe(
      "Không thể xóa đơn vị “LĐLĐ huyện Đông Sơn” vì đang được dùng: 1 bài viết (“Hội nghị người lao động năm 2024”); tài khoản hoa.dongson; đơn vị trực thuộc “CĐCS Trường THCS Đông Sơn”. Hãy chuyển những mục này sang đơn vị khác trước.",
    );
    expect(await unitNamed("LĐLĐ huyện Đông Sơn")).toBeTruthy();

    const unused = await insertUnit(db, { name: "Đơn vị thử" });
    expect(await deleteUnitCommand(db, admin, unused.id, context)).toMatchObject({ ok: true });
    expect(await unitNamed("Đơn vị thử")).toBeUndefined();
    expect(await deleteUnitCommand(db, admin, unused.id, context)).toMatchObject({ ok: false, formError: expect.stringContaining("Không tìm thấy") });
    expect((await auditEntriesPage(db, { action: "unit-delete" }, { offset: 0, limit: 5 })).items).toMatchObject([{ target: "Đơn vị: Đơn vị thử", actorName: admin.displayName }]);
  });
});

describe("categories", () => {
  it("creates, renames, reorders and deletes only when unused", async () => {
    await createCategoryCommand(db, admin, { name: "Tin hoạt động", slug: "" }, context);
    await createCategoryCommand(db, admin, { name: "Gương điển hình", slug: "" }, context);
    expect(await createCategoryCommand(db, admin, { name: "Tin hoạt động", slug: "" }, context)).toMatchObject({ ok: false, fieldErrors: { slug: [expect.any(String)] } });
    const categoryNamed = async (name: string) => {
      const found = (await adminCategories(db)).find((c) => c.name === name);
      if (!found) throw new Error(`no category ${name}`);
      return found;
    };
    const news = await categoryNamed("Tin hoạt động");
    const models = await categoryNamed("Gương điển hình");
    expect(news).toMatchObject({ slug: "tin-hoat-dong" });
    await moveCategoryCommand(db, admin, models.id, "up", context);
    expect((await listCategories(db)).map((c) => c.name)).toEqual(["Gương điển hình", "Tin hoạt động"]);
    expect(await updateCategoryCommand(db, admin, news.id, { name: "Hoạt động công đoàn", slug: "tin-hoat-dong" }, context)).toMatchObject({ ok: true });
    expect((await listCategories(db)).map((c) => c.name)).toEqual(["Gương điển hình", "Hoạt động công đoàn"]);

    await insertArticle(db, { unitId: (await insertUnit(db)).id, categoryId: news.id, title: "Trao học bổng" });
    expect(await deleteCategoryCommand(db, admin, news.id, context)).toMatchObject({ ok: false, formError: expect.stringContaining("1 bài viết (“Trao học bổng”)") });
    expect(await deleteCategoryCommand(db, admin, models.id, context)).toMatchObject({ ok: true });
    expect((await listCategories(db)).map((c) => c.name)).toEqual(["Hoạt động công đoàn"]);
  });
});

/**
 * Another process (a second server, a script) inserting a row into the same database: its
 * transaction holds the row for a second after `during` starts, then commits. On SQLite it holds
 * the file's write lock; on PostgreSQL the unique index makes our insert wait for its commit.
 * Returns what `during` returned.
 */
async function whileAnotherProcessInserts<R>(table: "units" | "categories", slug: string, during: () => Promise<R>): Promise<R> {
  const columns = table === "units" ? "name, short_name, slug" : "name, slug";
  const values = (slot: string) => (table === "units" ? `'Của tiến trình khác', 'Khác', ${slot}` : `'Của tiến trình khác', ${slot}`);
  const script = handle.location.startsWith("postgres")
    ? `
    const client = new (require("pg").Client)({ connectionString: process.argv[1] });
    (async () => {
      await client.connect();
      await client.query("BEGIN");
      await client.query("INSERT INTO ${table} (${columns}) VALUES (${values("$1")})", [process.argv[2]]);
      process.stdout.write("holding\\n");
      setTimeout(async () => { await client.query("COMMIT"); await client.end(); }, 1000);
    })();
  `
    : `
    const db = new (require("better-sqlite3"))(process.argv[1]);
    db.pragma("busy_timeout = 5000");
    db.exec("BEGIN IMMEDIATE");
    db.prepare("INSERT INTO ${table} (${columns}) VALUES (${values("?")})").run(process.argv[2]);
    process.stdout.write("holding\\n");
    setTimeout(() => { db.exec("COMMIT"); db.close(); }, 1000);
  `;
  const other = spawn(process.execPath, ["-e", script, handle.location, slug], { stdio: ["ignore", "pipe", "inherit"] });
  await once(other.stdout, "data");
  const result = await during();
  const [code] = await once(other, "exit");
  expect(code).toBe(0);
  return result;
}

describe("one transaction per command", () => {
  it.each([
    ["unit", "units" as const, () => createUnitCommand(db, admin, { name: "Công đoàn ngành Giáo dục", shortName: "", slug: "giao-duc", parentId: "" }, context), () => adminUnits(db)],
    ["category", "categories" as const, () => createCategoryCommand(db, admin, { name: "Giáo dục", slug: "giao-duc" }, context), () => adminCategories(db)],
  ])("gives one %s and one field error when another process creates the same slug at once", async (_kind, table, create, rows) => {
    const result = await whileAnotherProcessInserts(table, "giao-duc", create);
    expect(result).toMatchObject({ ok: false, fieldErrors: { slug: ["Đường dẫn này đã được dùng. Hãy chọn đường dẫn khác."] } });
    expect((await rows()).map((row) => [row.name, row.slug])).toEqual([["Của tiến trình khác", "giao-duc"]]);
    expect((await auditEntriesPage(db, {}, { offset: 0, limit: 5 })).total).toBe(0);
  });

  it("moves and deletes nothing whose audit entry cannot be written", async () => {
    const province = await insertUnit(db);
    const first = await insertUnit(db, { name: "A", parentId: province.id, sortOrder: 1 });
    await insertUnit(db, { name: "B", parentId: province.id, sortOrder: 2 });
    const news = await insertCategory(db, { name: "Tin hoạt động", sortOrder: 1 });
    await insertCategory(db, { name: "Gương điển hình", sortOrder: 2 });
    const units = await adminUnits(db);
    const categories = await adminCategories(db);
    await failWrites(db, "BEFORE INSERT ON audit_log");
    await expect(moveUnitCommand(db, admin, first.id, "down", context)).rejects.toSatisfy(isForcedFailure);
    await expect(deleteUnitCommand(db, admin, first.id, context)).rejects.toSatisfy(isForcedFailure);
    await expect(moveCategoryCommand(db, admin, news.id, "down", context)).rejects.toSatisfy(isForcedFailure);
    await expect(deleteCategoryCommand(db, admin, news.id, context)).rejects.toSatisfy(isForcedFailure);
    await expect(createUnitCommand(db, admin, { name: "Mới", shortName: "", slug: "", parentId: "" }, context)).rejects.toSatisfy(isForcedFailure);
    await expect(updateUnitCommand(db, admin, first.id, { name: "Đổi tên", shortName: "", slug: first.slug, parentId: "" }, context)).rejects.toSatisfy(isForcedFailure);
    await expect(createCategoryCommand(db, admin, { name: "Mới", slug: "" }, context)).rejects.toSatisfy(isForcedFailure);
    await expect(updateCategoryCommand(db, admin, news.id, { name: "Đổi tên", slug: news.slug }, context)).rejects.toSatisfy(isForcedFailure);
    expect(await adminUnits(db)).toEqual(units);
    expect(await adminCategories(db)).toEqual(categories);
  });
});

describe("who may", () => {
  it("refuses every unit and category command to editors and contributors, changing nothing", async () => {
    const unit = await insertUnit(db);
    const category = await insertCategory(db);
    for (const role of ["editor", "contributor"] as const) {
      const user = await insertUser(db, { role });
      const results = [
        await createUnitCommand(db, user, { name: "Mới", shortName: "", slug: "", parentId: "" }, context),
        await updateUnitCommand(db, user, unit.id, { name: "Mới", shortName: "", slug: "moi", parentId: "" }, context),
        await moveUnitCommand(db, user, unit.id, "up", context),
        await deleteUnitCommand(db, user, unit.id, context),
        await createCategoryCommand(db, user, { name: "Mới", slug: "" }, context),
        await updateCategoryCommand(db, user, category.id, { name: "Mới", slug: "moi" }, context),
        await moveCategoryCommand(db, user, category.id, "down", context),
        await deleteCategoryCommand(db, user, category.id, context),
      ];
      for (const result of results) expect(result).toEqual({ ok: false, formError: "Chỉ quản trị viên được làm việc này.", fieldErrors: undefined });
    }
    expect(await adminUnits(db)).toMatchObject([{ id: unit.id, name: unit.name }]);
    expect(await adminCategories(db)).toMatchObject([{ id: category.id, name: category.name }]);
  });
});
