import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { joomlaMediaFiles, joomlaMissingMedia } from "./fixtures/legacy-joomla";
import { nukevietArticles, nukevietMediaFiles } from "./fixtures/legacy-nukeviet";
import { phpCreateTables, writeLegacyMedia } from "./legacy-portals";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

// The GPS IFD pointer (tag 0x8825) in either byte order of the EXIF block.
const hasGps = (exif: Buffer | undefined) => !!exif && (exif.includes(Buffer.from([0x25, 0x88, 0x04, 0x00])) || exif.includes(Buffer.from([0x88, 0x25, 0x00, 0x04])));

describe("writeLegacyMedia", () => {
  it("writes the Joomla photos as 1600 × 1200 JPEGs with GPS in their EXIF, leaving the missing one out", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "legacy-media-"));
    roots.push(root);
    const files = await writeLegacyMedia(root, "joomla");
    expect(files).toEqual(joomlaMediaFiles.map((file) => path.join(root, file)));
    for (const file of files) {
      const metadata = await sharp(file).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(["jpeg", 1600, 1200]);
      expect(hasGps(metadata.exif)).toBe(true);
    }
    expect(joomlaMissingMedia.every((file) => !fs.existsSync(path.join(root, file)))).toBe(true);
  });

  it("writes every NukeViet home image under uploads/ that the rows name", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "legacy-media-"));
    roots.push(root);
    await writeLegacyMedia(root, "nukeviet");
    const named = nukevietArticles.flatMap((row) => (row.expected.leadImage?.src.startsWith("uploads/") ? [row.expected.leadImage.src.slice("uploads/".length)] : []));
    expect(named.length).toBeGreaterThan(0);
    for (const file of named) expect(fs.existsSync(path.join(root, file)), file).toBe(true);
    expect(nukevietMediaFiles.every((file) => fs.existsSync(path.join(root, file)))).toBe(true);
  });
});

describe("phpCreateTables", () => {
  it("evaluates the PHP that names a module's tables", () => {
    const php = `$sql_create_module[] = "CREATE TABLE " . $db_config['prefix'] . "_" . $lang . '_' . $module_data . "_rows (id int) ENGINE=MyISAM";
$sql_create_module[] = "INSERT INTO " . NV_CONFIG_GLOBALTABLE . " VALUES ('" . $lang . "')";
`;
    expect(phpCreateTables(php, { "$db_config['prefix']": "nv4", $lang: "vi", $module_data: "news" })).toEqual(["CREATE TABLE nv4_vi_news_rows (id int) ENGINE=MyISAM"]);
  });

  it("refuses a variable it has no value for", () => {
    expect(() => phpCreateTables(`$sql_create_module[] = "CREATE TABLE " . $other . "_x (id int)";\n`, {})).toThrow("No value for $other");
  });
});
