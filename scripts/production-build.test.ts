import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIsCurrent, newestSourceTime } from "./production-build";

// On a folder of its own: a source file, a build's BUILD_ID and the time it was built from, with
// the modification times a real build leaves.
let root: string;
const at = (file: string, seconds: number) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  if (!fs.existsSync(path.join(root, file))) fs.writeFileSync(path.join(root, file), "x");
  fs.utimesSync(path.join(root, file), seconds, seconds);
};
const builtFrom = (ms: number) => {
  fs.mkdirSync(path.join(root, ".next"), { recursive: true });
  fs.writeFileSync(path.join(root, ".next", "ban-tin-built-from"), String(ms));
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-build-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("buildIsCurrent", () => {
  it("is current when no source changed since the build started reading them", () => {
    at("app/page.tsx", 1_000);
    at(".next/BUILD_ID", 1_060);
    builtFrom(newestSourceTime(root));
    expect(buildIsCurrent(root)).toBe(true);
  });

  it("is not current after a source file is saved", () => {
    at("app/page.tsx", 1_000);
    at(".next/BUILD_ID", 1_060);
    builtFrom(newestSourceTime(root));
    at("components/menu.tsx", 1_100);
    expect(buildIsCurrent(root)).toBe(false);
  });

  it("is not current when a file was saved while the build ran, though BUILD_ID is newer than it", () => {
    at("app/page.tsx", 1_000);
    builtFrom(newestSourceTime(root)); // read when the build started
    at("components/menu.tsx", 1_030); // saved during the build
    at(".next/BUILD_ID", 1_060); // written at its end
    expect(buildIsCurrent(root)).toBe(false);
  });

  it("is not current without a BUILD_ID, or without the time it was built from (a build before this check, or one that failed)", () => {
    at("app/page.tsx", 1_000);
    builtFrom(newestSourceTime(root));
    expect(buildIsCurrent(root)).toBe(false);
    at(".next/BUILD_ID", 1_060);
    fs.rmSync(path.join(root, ".next", "ban-tin-built-from"));
    expect(buildIsCurrent(root)).toBe(false);
  });
});
