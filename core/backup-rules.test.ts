import { describe, expect, it } from "vitest";
import { backupFileName, backupsBeyondKeep, backupWarning, newestBackupsFirst, parseBackupFileName } from "./backup-rules";

describe("backup names", () => {
  it.each([
    ["2026-11-29T19:00:00Z", 1, "ban-tin-2026-11-30-0200.tar.gz"],
    ["2026-11-29T19:00:59Z", 2, "ban-tin-2026-11-30-0200-2.tar.gz"],
    ["2026-12-31T16:59:00Z", 1, "ban-tin-2026-12-31-2359.tar.gz"],
    ["2026-12-31T17:00:00Z", 12, "ban-tin-2027-01-01-0000-12.tar.gz"],
  ])("names a backup taken at %s (number %i in its minute) %s, in Vietnam time", (at, sequence, name) => {
    expect(backupFileName(new Date(at), sequence)).toBe(name);
  });

  it("reads a name back to the instant and the number in its minute", () => {
    expect(parseBackupFileName("ban-tin-2026-11-30-0200-2.tar.gz")).toEqual({ name: "ban-tin-2026-11-30-0200-2.tar.gz", takenAt: new Date("2026-11-29T19:00:00Z"), sequence: 2 });
  });

  it.each([
    "../ban-tin-2026-11-30-0200.tar.gz",
    "ban-tin-2026-11-30-0200.tar.gz/../../etc/passwd",
    "ban-tin-2026-02-30-0200.tar.gz",
    "ban-tin-2026-11-30-2460.tar.gz",
    "ban-tin-2026-11-30-0200-1.tar.gz",
    "ban-tin-2026-11-30-0200-01.tar.gz",
    "ban-tin-2026-11-30-0200-1000.tar.gz",
    ".ban-tin-2026-11-30-0200.tar.gz",
    "ban-tin-2026-11-30-0200.tar.gz.tmp",
    "ban-tin-2026-11-30-0200.tar",
    "BAN-TIN-2026-11-30-0200.TAR.GZ",
  ])("refuses %j as a backup name", (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});

describe("which backups are kept", () => {
  const names = [
    "ban-tin-2026-11-28-0200.tar.gz",
    "ban-tin-2026-11-30-0200.tar.gz",
    "ban-tin-2026-11-30-0200-2.tar.gz",
    "ban-tin-2026-11-29-0200.tar.gz",
    "ban-tin-2026-11-30-0200-10.tar.gz",
    "ghi-chu.txt",
  ];

  it("orders by the minute in the name, then by the number within it", () => {
    expect(newestBackupsFirst(names).map((b) => b.name)).toEqual([
      "ban-tin-2026-11-30-0200-10.tar.gz",
      "ban-tin-2026-11-30-0200-2.tar.gz",
      "ban-tin-2026-11-30-0200.tar.gz",
      "ban-tin-2026-11-29-0200.tar.gz",
      "ban-tin-2026-11-28-0200.tar.gz",
    ]);
  });

  it.each([
    [14, []],
    [5, []],
    [3, ["ban-tin-2026-11-29-0200.tar.gz", "ban-tin-2026-11-28-0200.tar.gz"]],
    [1, ["ban-tin-2026-11-30-0200-2.tar.gz", "ban-tin-2026-11-30-0200.tar.gz", "ban-tin-2026-11-29-0200.tar.gz", "ban-tin-2026-11-28-0200.tar.gz"]],
  ])("keeping %i deletes %j, and never a file that is not a backup", (keep, deleted) => {
    expect(backupsBeyondKeep(names, keep)).toEqual(deleted);
  });
});

describe("the warning about old backups", () => {
  const now = new Date("2026-11-30T12:00:00Z");
  it.each([
    [null, { kind: "none" }],
    ["2026-11-30T11:59:00Z", null],
    ["2026-11-29T00:00:00Z", null],
    ["2026-11-29T00:00:01Z", null],
    ["2026-11-28T23:59:59Z", { kind: "stale", newestAt: new Date("2026-11-28T23:59:59Z") }],
  ])("for a newest backup at %s is %j (36 hours)", (newest, warning) => {
    expect(backupWarning(newest ? new Date(newest) : null, now)).toEqual(warning);
  });
});
