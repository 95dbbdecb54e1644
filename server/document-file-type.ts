// What an uploaded document's content is (core/document-files.ts decides from it): file-type reads
// the signature and, for ZIP-based formats, the entries (a .docx is a ZIP holding word/…); an old
// Word or Excel file is a compound file (CFB), whose streams say which of the two it is.
import fs from "node:fs/promises";
import CFB from "cfb";
import { fileTypeFromFile } from "file-type";
import type { DetectedContent, DocumentFileKind } from "@/core/document-files";

const KINDS: Record<string, DocumentFileKind> = { pdf: "pdf", docx: "docx", xlsx: "xlsx", odt: "odt", ods: "ods" };
const PROGRAMS = new Set(["exe", "elf", "macho", "dll", "msi", "class", "wasm", "apk", "dex", "sh", "bat", "lnk", "jar"]);
const ARCHIVES = new Set(["zip", "cfb", "rar", "7z", "gz", "tar", "xz", "bz2"]);

/** The streams of a compound file name its program: WordDocument for Word, Workbook (or Book) for Excel. */
async function compoundFileKind(file: string): Promise<DocumentFileKind | null> {
  try {
    const container = CFB.read(await fs.readFile(file), { type: "buffer" });
    const names = new Set(container.FileIndex.map((entry) => entry.name));
    if (names.has("WordDocument")) return "doc";
    if (names.has("Workbook") || names.has("Book")) return "xls";
    return null;
  } catch {
    return null;
  }
}

export async function detectDocumentContent(file: string): Promise<DetectedContent> {
  const found = await fileTypeFromFile(file);
  if (!found) {
    // A script is text: "#!" or a Windows batch file's first words.
    const handle = await fs.open(file, "r");
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
      return /^#!|^@echo off/i.test(buffer.subarray(0, bytesRead).toString("latin1")) ? "program" : null;
    } finally {
      await handle.close();
    }
  }
  const known = KINDS[found.ext];
  if (known) return known;
  if (found.ext === "cfb") return (await compoundFileKind(file)) ?? "archive";
  if (PROGRAMS.has(found.ext)) return "program";
  if (ARCHIVES.has(found.ext)) return "archive";
  return null;
}
