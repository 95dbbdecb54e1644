// The register's lists on a real database (each dialect): admins add, rename, move and delete forms
// and outside issuing bodies, with audit entries; an entry in use is not deleted; others are refused.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEntriesPage } from "@/db/queries/audit-log";
import { documentListEntries } from "@/db/queries/document-lists";
import type { SessionUser } from "@/db/queries/users";
import { createTestDatabase, insertUnit, insertUser, type TestDatabase } from "@/db/test-database";
import { saveDocumentCommand } from "./document-commands";
import { addDocumentListEntryCommand, deleteDocumentListEntryCommand, moveDocumentListEntryCommand, renameDocumentListEntryCommand } from "./document-list-commands";

let handle: TestDatabase;
let db: Database;
let admin: SessionUser;
let editor: SessionUser;
let unitId: number;
const context = { ip: "10.0.0.9" };

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  unitId = (await insertUnit(db, { name: "Liên đoàn Lao động tỉnh" })).id;
  admin = await insertUser(db, { role: "admin", unitId });
  editor = await insertUser(db, { role: "editor", unitId });
});
afterEach(() => handle.close());

const names = async (kind: "form" | "issuer") => (await documentListEntries(db, kind)).map((entry) => entry.name);
const idOf = async (kind: "form" | "issuer", name: string) => (await documentListEntries(db, kind)).find((entry) => entry.name === name)?.id ?? 0;
const audit = async () => (await auditEntriesPage(db, {}, { offset: 0, limit: 20 })).items.map((entry) => [entry.action, entry.target]);

describe("the forms list", () => {
  it("lets an admin add one at the end, rename it, move it and delete it, each in the audit log", async () => {
    expect(await addDocumentListEntryCommand(db, admin, "form", "  Tờ   trình ", context)).toEqual({ ok: true, message: "Đã thêm loại văn bản “Tờ trình”." });
    expect((await names("form")).at(-1)).toBe("Tờ trình");
    const id = await idOf("form", "Tờ trình");
    expect(await renameDocumentListEntryCommand(db, admin, "form", id, "Tờ trình đề nghị", context)).toMatchObject({ ok: true });
    expect(await moveDocumentListEntryCommand(db, admin, "form", id, "up")).toMatchObject({ ok: true, message: "Đã chuyển “Tờ trình đề nghị” lên." });
    expect((await names("form")).slice(-2)).toEqual(["Tờ trình đề nghị", "Báo cáo"]);
    expect(await deleteDocumentListEntryCommand(db, admin, "form", id, context)).toEqual({ ok: true, message: "Đã xóa loại văn bản “Tờ trình đề nghị”." });
    expect(await names("form")).not.toContain("Tờ trình đề nghị");
    expect(await audit()).toEqual([
      ["document-form-delete", "Loại văn bản: Tờ trình đề nghị"],
      ["document-form-update", "Loại văn bản: Tờ trình đề nghị"],
      ["document-form-create", "Loại văn bản: Tờ trình"],
    ]);
  });

  it("refuses a name already on the list, an empty one, and deleting a form a document uses", async () => {
    expect(await addDocumentListEntryCommand(db, admin, "form", "Kế hoạch", context)).toEqual({ ok: false, formError: "Chưa lưu được: hãy sửa tên.", fieldErrors: { name: ["Đã có loại văn bản “Kế hoạch”."] } });
    expect(await addDocumentListEntryCommand(db, admin, "form", "   ", context)).toMatchObject({ ok: false, fieldErrors: { name: ["Hãy nhập tên."] } });
    const plan = await idOf("form", "Kế hoạch");
    const fields = { formId: String(plan), issuer: `unit:${unitId}`, newIssuer: "", number: "1/KH", issuedOn: "02/01/2023", inForceOn: "", ceasesOn: "", signer: "", abstract: "Kế hoạch năm", field: "", legalStatus: "in-force", slug: "" };
    expect(await saveDocumentCommand(db, editor, { documentId: null, baseVersion: null, intent: "save", fields })).toMatchObject({ ok: true });
    expect(await deleteDocumentListEntryCommand(db, admin, "form", plan, context)).toEqual({
      ok: false,
      formError: "Không xóa được loại văn bản “Kế hoạch”: 1 văn bản đang dùng. Hãy chuyển các văn bản đó sang loại văn bản khác trước.",
      fieldErrors: undefined,
    });
    expect(await names("form")).toContain("Kế hoạch");
  });

  it("refuses every change from anyone but an admin", async () => {
    const plan = await idOf("form", "Kế hoạch");
    const refused = { ok: false, formError: "Chỉ quản trị viên được làm việc này." };
    expect(await addDocumentListEntryCommand(db, editor, "form", "Tờ trình", context)).toMatchObject(refused);
    expect(await renameDocumentListEntryCommand(db, editor, "form", plan, "KH", context)).toMatchObject(refused);
    expect(await moveDocumentListEntryCommand(db, editor, "form", plan, "down")).toMatchObject(refused);
    expect(await deleteDocumentListEntryCommand(db, editor, "form", plan, context)).toMatchObject(refused);
    expect(await names("form")).toContain("Kế hoạch");
    expect(await audit()).toEqual([]);
  });
});

describe("the outside issuers list", () => {
  it("lists outside bodies only; a unit's issuer row is neither listed nor renamed here, and its name cannot be taken", async () => {
    const fields = { formId: "4", issuer: `unit:${unitId}`, newIssuer: "", number: "", issuedOn: "02/01/2023", inForceOn: "", ceasesOn: "", signer: "", abstract: "Thông báo", field: "", legalStatus: "in-force", slug: "" };
    await saveDocumentCommand(db, editor, { documentId: null, baseVersion: null, intent: "save", fields: { ...fields, issuer: "new", newIssuer: "Ủy ban nhân dân tỉnh" } });
    await saveDocumentCommand(db, editor, { documentId: null, baseVersion: null, intent: "save", fields });
    expect(await addDocumentListEntryCommand(db, admin, "issuer", "Sở Lao động", context)).toMatchObject({ ok: true });
    expect(await documentListEntries(db, "issuer")).toEqual([
      { id: expect.any(Number), name: "Ủy ban nhân dân tỉnh", documentCount: 1 },
      { id: expect.any(Number), name: "Sở Lao động", documentCount: 0 },
    ]);
    expect(await addDocumentListEntryCommand(db, admin, "issuer", "Liên đoàn Lao động tỉnh", context)).toMatchObject({ ok: false, fieldErrors: { name: ["Đã có cơ quan ban hành “Liên đoàn Lao động tỉnh”."] } });
    expect(await deleteDocumentListEntryCommand(db, admin, "issuer", await idOf("issuer", "Ủy ban nhân dân tỉnh"), context)).toMatchObject({ ok: false, formError: expect.stringContaining("1 văn bản đang dùng") });
    expect(await deleteDocumentListEntryCommand(db, admin, "issuer", await idOf("issuer", "Sở Lao động"), context)).toMatchObject({ ok: true });
    expect(await audit()).toEqual([
      ["document-issuer-delete", "Cơ quan ban hành: Sở Lao động"],
      ["document-issuer-create", "Cơ quan ban hành: Sở Lao động"],
    ]);
  });
});
