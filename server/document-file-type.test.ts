// Real files of each kind, made here (fflate writes the ZIPs, cfb the compound files), and the
// disguises an upload may wear: a program or a plain ZIP under a document's name.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import CFB from "cfb";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DetectedContent } from "@/core/document-files";
import { detectDocumentContent } from "./document-file-type";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-van-ban-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${main}"/></Types>`;

const officeOpenXml = (main: string, part: string) =>
  zipSync({ "[Content_Types].xml": strToU8(contentTypes(main)), "_rels/.rels": strToU8("<Relationships/>"), [part]: strToU8("<x/>") });

// ODF wants its "mimetype" entry first and stored, not compressed.
const openDocument = (mime: string) => zipSync({ mimetype: [strToU8(mime), { level: 0 }], "content.xml": strToU8("<office:document-content/>") });

function compoundFile(stream: string): Uint8Array {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, stream, Buffer.from("nội dung"));
  return CFB.write(container, { type: "buffer" }) as Uint8Array;
}

const samples: [string, Uint8Array | string, DetectedContent][] = [
  ["ke-hoach.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "pdf"],
  ["ke-hoach.docx", officeOpenXml("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml"), "docx"],
  ["bang-tong-hop.xlsx", officeOpenXml("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml"), "xlsx"],
  ["ke-hoach.odt", openDocument("application/vnd.oasis.opendocument.text"), "odt"],
  ["bang-tong-hop.ods", openDocument("application/vnd.oasis.opendocument.spreadsheet"), "ods"],
  ["cong-van.doc", compoundFile("WordDocument"), "doc"],
  ["bao-cao.xls", compoundFile("Workbook"), "xls"],
  // Disguises.
  ["ke-hoach.pdf", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0")]), "program"],
  ["ke-hoach.pdf", Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(57)]), "program"],
  ["cai-dat.doc", "#!/bin/sh\nrm -rf /\n", "program"],
  ["ke-hoach.docx", zipSync({ "anh.txt": strToU8("không phải Word") }), "archive"],
  ["cong-van.doc", compoundFile("Khac"), "archive"],
  ["ke-hoach.pdf", "Chỉ là chữ, không phải PDF.", null],
];

describe("detectDocumentContent", () => {
  it.each(samples)("reads %s with content %#: %s", async (name, bytes, expected) => {
    expect(await detectDocumentContent(write(`${samples.findIndex((s) => s[1] === bytes)}-${name}`, bytes))).toBe(expected);
  });
});
