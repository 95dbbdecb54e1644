import { describe, expect, it } from "vitest";
import { parseImportArguments } from "./import-arguments";

describe("parseImportArguments", () => {
  it("reads a Joomla import with its options, and NukeViet's defaults", () => {
    const joomla = parseImportArguments(["joomla", "--mysql", "mysql://u:p@127.0.0.1:3306/cu", "--media-root", "/tmp/images", "--dry-run", "--map", "m.json"]);
    expect(joomla).toMatchObject({ ok: true, args: { source: "joomla", prefix: "jos_", dryRun: true, mapPath: "m.json", mapGiven: true, mediaRoot: "/tmp/images", withMedia: true } });
    expect(parseImportArguments(["nukeviet", "--mysql", "mysql://u:p@h/cu", "--no-media"])).toMatchObject({ ok: true, args: { prefix: "nv4", lang: "vi", moduleData: "news", withMedia: false, mapPath: "import-mapping.json", mapGiven: false } });
  });

  it("says in Vietnamese what is wrong, with the usage", () => {
    const message = (argv: string[]) => {
      const parsed = parseImportArguments(argv);
      return parsed.ok ? "" : (parsed.message.split("\n")[0] ?? "");
    };
    expect(message(["wordpress", "--mysql", "mysql://u:p@h/cu"])).toBe("Hãy ghi loại cổng cũ: joomla hoặc nukeviet.");
    expect(message(["joomla"])).toMatch(/^--mysql cần một địa chỉ/);
    expect(message(["joomla", "--mysql", "mysql://u:p@h/"])).toMatch(/^--mysql cần một địa chỉ/);
    expect(message(["joomla", "--mysql", "mysql://u:p@h/cu", "--bogus"])).toBe("Không hiểu tùy chọn --bogus.");
    expect(message(["joomla", "--mysql", "mysql://u:p@h/cu", "--prefix", "jos;drop"])).toBe("--prefix chỉ gồm chữ, số và dấu gạch dưới.");
    expect(message(["joomla", "--mysql", "mysql://u:p@h/cu", "--no-media", "--media-only"])).toBe("--no-media và --media-only không dùng cùng nhau.");
    expect(message(["joomla", "--mysql", "mysql://u:p@h/cu", "--old-base-url", "ftp://x"])).toBe("--old-base-url cần một địa chỉ http:// hoặc https://.");
    expect(parseImportArguments(["joomla"]).ok).toBe(false);
  });
});
