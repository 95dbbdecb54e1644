import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The folders show the architecture; these checks keep the arrows pointing one way.
const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(folder: string): string[] {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(folder, file));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm)].map((m) => m[1] ?? m[2] ?? "");
}

function violations(files: string[], isForbidden: (specifier: string) => boolean): string[] {
  return files.flatMap((file) => importsOf(file).filter(isForbidden).map((specifier) => `${file} imports ${specifier}`));
}

describe("architecture", () => {
  it("keeps core/ free of frameworks, the database, node and the rest of the project", () => {
    const forbidden = (s: string) => /^(next|react|drizzle-orm|better-sqlite3|node:|fs$|path$)/.test(s) || (s.startsWith("@/") && !s.startsWith("@/core/"));
    expect(violations(sourceFiles("core"), forbidden)).toEqual([]);
  });

  it("keeps db/ below the request glue and the pages", () => {
    const forbidden = (s: string) => /^@\/(app|components|server)\//.test(s) || /^next/.test(s);
    expect(violations(sourceFiles("db"), forbidden)).toEqual([]);
  });

  it("sends every schema through core/schemas/zod.ts, so Zod's messages are Vietnamese", () => {
    const files = ["app", "components", "core", "db", "server", "scripts", "seeds"].flatMap(sourceFiles).filter((file) => file !== path.join("core", "schemas", "zod.ts"));
    expect(violations(files, (s) => s === "zod" || s.startsWith("zod/"))).toEqual([]);
  });

  it("never lets a client component import the database or server code", () => {
    const clientFiles = ["app", "components"].flatMap(sourceFiles).filter((file) => /^\s*["']use client["']/.test(fs.readFileSync(path.join(root, file), "utf8")));
    expect(clientFiles.length).toBeGreaterThan(0);
    const forbidden = (s: string) => /^@\/(db|server|seeds)\//.test(s) || /^(better-sqlite3|drizzle-orm|node:)/.test(s);
    expect(violations(clientFiles, forbidden)).toEqual([]);
  });
});
