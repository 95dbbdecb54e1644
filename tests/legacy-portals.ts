// Old union portals for the importer's tests, e2e journey and bench (issue 17): a private MariaDB
// server (scripts/mariadb-server.sh), the Joomla 3 and NukeViet 4 schemas loaded from the reference
// files in ../shared/legacy/ (never copied into the project), our own Vietnamese rows
// (tests/fixtures/legacy-*.ts), and the photos those rows name, as the old site's media folder.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import mysql from "mysql2/promise";
import sharp from "sharp";
import { joomlaArticles, joomlaCategories, joomlaMediaFiles, joomlaRootRgt, joomlaUsers } from "./fixtures/legacy-joomla";
import { nukevietArticles, nukevietCategories, nukevietMediaFiles, nukevietUsers } from "./fixtures/legacy-nukeviet";

const repoRoot = path.resolve(import.meta.dirname, "..");

/** The reference schemas: ../shared/legacy beside the checkout, or LEGACY_SCHEMAS_DIR. */
export function legacySchemasDir(): string {
  const dir = process.env.LEGACY_SCHEMAS_DIR ?? path.resolve(repoRoot, "../shared/legacy");
  if (!fs.existsSync(path.join(dir, "joomla3", "joomla.sql"))) {
    throw new Error(`The old portals' reference schemas are not in ${dir}: set LEGACY_SCHEMAS_DIR to the folder holding joomla3/ and nukeviet4/.`);
  }
  return dir;
}

export type LegacyMariaDb = { adminUrl: string; readUrl: (database: string) => string };

/** Starts (or finds running) the private MariaDB server NAME on PORT: an admin URL and the read-only account's. */
export function startLegacyMariaDb(name: string, port: number): LegacyMariaDb {
  const output = execFileSync("bash", [path.join(repoRoot, "scripts", "mariadb-server.sh"), "start", name, String(port)], { encoding: "utf8" });
  const line = (key: string) => {
    const value = new RegExp(`^${key}=(\\S+)$`, "m").exec(output)?.[1];
    if (!value) throw new Error(`scripts/mariadb-server.sh printed no ${key}:\n${output}`);
    return value;
  };
  const readBase = line("MARIADB_READ_URL");
  return { adminUrl: line("MARIADB_ADMIN_URL"), readUrl: (database) => `${readBase}/${database}` };
}

/** Stops the private MariaDB server NAME by its PID (nothing to do when it is not running). */
export function stopLegacyMariaDb(name: string): void {
  execFileSync("bash", [path.join(repoRoot, "scripts", "mariadb-server.sh"), "stop", name], { stdio: "ignore" });
}

const databaseName = (database: string) => {
  if (!/^[a-z0-9_]{1,64}$/.test(database)) throw new Error(`Not a database name for the fixtures: ${database}`);
  return database;
};

async function adminConnection(adminUrl: string, database?: string) {
  const url = new URL(adminUrl);
  return mysql.createConnection({
    host: url.hostname,
    port: Number(url.port),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database,
    charset: "utf8mb4",
    multipleStatements: true,
  });
}

/** Runs `work` on an admin session of `database`, with the old sites' sql_mode ('': zero dates, implicit defaults). */
export async function inDatabase(adminUrl: string, database: string, work: (connection: mysql.Connection) => Promise<void>): Promise<void> {
  const connection = await adminConnection(adminUrl, databaseName(database));
  try {
    await connection.query("SET SESSION sql_mode = ''");
    await work(connection);
  } finally {
    await connection.end();
  }
}

/** Drops `database` if a former run left it, and makes it again, empty, in utf8mb4. */
async function freshDatabase(adminUrl: string, database: string): Promise<void> {
  const connection = await adminConnection(adminUrl);
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${databaseName(database)}\``);
    await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

/**
 * A fresh Joomla 3 database from joomla.sql, its `#__` placeholder replaced by `prefix`. Two fixes
 * let it load on MariaDB 10.11 (see the legacy README): the integer column that #__finder_filters
 * declares with DEFAULT '' gets DEFAULT 0, and the zero dates need sql_mode ''.
 */
export async function createJoomlaDatabase(adminUrl: string, database: string, prefix = "jos_"): Promise<void> {
  const schema = fs
    .readFileSync(path.join(legacySchemasDir(), "joomla3", "joomla.sql"), "utf8")
    .replaceAll("#__", prefix)
    .replace(/(\bint\(\d+\)(?: unsigned)? NOT NULL) DEFAULT ''/g, "$1 DEFAULT 0");
  await freshDatabase(adminUrl, database);
  await inDatabase(adminUrl, database, async (connection) => {
    await connection.query(schema);
  });
}

export type NukeVietNames = { prefix: string; lang: string; moduleData: string };
const nukevietDefaults: NukeVietNames = { prefix: "nv4", lang: "vi", moduleData: "news" };

/**
 * The CREATE TABLE statements of a NukeViet module's action_mysql.php, evaluated: each is a PHP
 * expression such as `"CREATE TABLE " . $db_config['prefix'] . "_" . $lang . "_" . $module_data
 * . "_rows (…) ENGINE=MyISAM"`, strings joined by `.` with variables and constants between them.
 */
export function phpCreateTables(php: string, values: Record<string, string>): string[] {
  // Only the CREATE TABLE statements: the others fill tables of the whole site (its config), not the module's.
  const statements = [...php.matchAll(/\$sql_create_module\[\]\s*=\s*("CREATE TABLE[\s\S]*?);\s*\n/g)].map((match) => match[1] ?? "");
  return statements.map((expression) => {
      const parts = [...expression.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\$[A-Za-z_]+(?:\['[A-Za-z_]+'\])?|[A-Z][A-Z_]+)|(\.)|(\S)/g)];
      return parts
        .map(([, doubleQuoted, singleQuoted, name, dot, other]) => {
          if (other !== undefined) throw new Error(`Unexpected PHP in action_mysql.php: ${expression.slice(0, 80)}`);
          if (dot !== undefined) return "";
          if (doubleQuoted !== undefined) {
            if (doubleQuoted.includes("$")) throw new Error(`An interpolated PHP string is not supported: ${doubleQuoted.slice(0, 80)}`);
            return doubleQuoted.replace(/\\(["\\$])/g, "$1");
          }
          if (singleQuoted !== undefined) return singleQuoted.replace(/\\(['\\])/g, "$1");
          const value = values[name ?? ""];
          if (value === undefined) throw new Error(`No value for ${name} in action_mysql.php`);
          return value;
        })
        .join("");
    });
}

/**
 * A fresh NukeViet 4 database with the news module's tables (nukeviet4/action_mysql.php) and the
 * users module's (users_action_mysql.php), built by evaluating the PHP that names them.
 */
export async function createNukeVietDatabase(adminUrl: string, database: string, names: Partial<NukeVietNames> = {}): Promise<void> {
  const { prefix, lang, moduleData } = { ...nukevietDefaults, ...names };
  const read = (file: string) => fs.readFileSync(path.join(legacySchemasDir(), "nukeviet4", file), "utf8");
  const common = { "$db_config['prefix']": prefix, $lang: lang, NV_CONFIG_GLOBALTABLE: `${prefix}_config`, NV_USERS_GLOBALTABLE: `${prefix}_users` };
  const tables = [
    ...phpCreateTables(read("action_mysql.php"), { ...common, $module_data: moduleData, $module_name: moduleData }),
    ...phpCreateTables(read("users_action_mysql.php"), { ...common, $module_data: "users", $module_name: "users" }),
  ];
  await freshDatabase(adminUrl, database);
  await inDatabase(adminUrl, database, async (connection) => {
    for (const sql of tables) await connection.query(sql);
  });
}

const utf8 = (text: string | Buffer) => (typeof text === "string" ? Buffer.from(text, "utf8") : text);

/**
 * Our Joomla rows (tests/fixtures/legacy-joomla.ts). Like a site carried over from Joomla 1.5, the
 * articles' introtext and fulltext are latin1 columns holding the bytes Joomla wrote through a
 * latin1 connection (UTF-8, mostly): that is how article 114 keeps bytes that are not UTF-8.
 */
export async function loadJoomlaFixture(adminUrl: string, database: string, prefix = "jos_"): Promise<void> {
  const table = (name: string) => `\`${prefix}${name}\``;
  await inDatabase(adminUrl, database, async (connection) => {
    await connection.query(`ALTER TABLE ${table("content")}
      MODIFY introtext MEDIUMTEXT CHARACTER SET latin1 NOT NULL, MODIFY \`fulltext\` MEDIUMTEXT CHARACTER SET latin1 NOT NULL`);
    for (const category of joomlaCategories) {
      await connection.query(
        `INSERT INTO ${table("categories")} (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, params, metadata, language, created_time)
          VALUES (?, ?, ?, ?, ?, ?, 'com_content', ?, ?, ?, 1, '{}', '{}', '*', '2019-01-01 00:00:00')`,
        [category.id, category.parentId, category.lft, category.rgt, category.level, category.path, category.title, category.alias, category.published],
      );
    }
    await connection.query(`UPDATE ${table("categories")} SET rgt = ? WHERE id = 1`, [joomlaRootRgt]);
    for (const user of joomlaUsers) {
      await connection.query(
        `INSERT INTO ${table("users")} (id, name, username, email, password, block, registerDate, params) VALUES (?, ?, ?, ?, '', ?, '2018-06-01 00:00:00', '{}')`,
        [user.id, user.name, user.username, user.email, user.block],
      );
    }
    for (const article of joomlaArticles) {
      await connection.query(
        `INSERT INTO ${table("content")} (id, title, alias, introtext, \`fulltext\`, state, catid, created, created_by, created_by_alias,
            modified, publish_up, images, urls, attribs, access, hits, featured, language, metadata)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '{}', 1, ?, ?, '*', '{}')`,
        [
          article.id, article.title, article.alias, utf8(article.introtext), utf8(article.fulltext), article.state, article.catid,
          article.created, article.createdBy, article.createdByAlias, article.modified, article.publishUp, article.images, article.hits, article.featured,
        ],
      );
      if (article.featured === 1) await connection.query(`INSERT INTO ${table("content_frontpage")} (content_id, ordering) VALUES (?, 0)`, [article.id]);
    }
  });
}

/** Our NukeViet rows (tests/fixtures/legacy-nukeviet.ts): categories, users, articles with their bodies. */
export async function loadNukeVietFixture(adminUrl: string, database: string, names: Partial<NukeVietNames> = {}): Promise<void> {
  const { prefix, lang, moduleData } = { ...nukevietDefaults, ...names };
  const news = (name: string) => `\`${prefix}_${lang}_${moduleData}_${name}\``;
  await inDatabase(adminUrl, database, async (connection) => {
    for (const [weight, category] of nukevietCategories.entries()) {
      await connection.query(`INSERT INTO ${news("cat")} (catid, parentid, title, alias, weight, status, featured, add_time) VALUES (?, ?, ?, ?, ?, ?, ?, 1546300800)`, [
        category.catid, category.parentid, category.title, category.alias, weight + 1, category.status, category.featured,
      ]);
    }
    for (const user of nukevietUsers) {
      await connection.query(
        `INSERT INTO \`${prefix}_users\` (userid, username, md5username, email, first_name, last_name, regdate, active) VALUES (?, ?, MD5(?), ?, ?, ?, 1546300800, ?)`,
        [user.userid, user.username, user.username, user.email, user.firstName, user.lastName, user.active],
      );
    }
    for (const article of nukevietArticles) {
      await connection.query(
        `INSERT INTO ${news("rows")} (id, catid, listcatid, admin_id, author, addtime, edittime, status, publtime, title, alias, hometext,
            homeimgfile, homeimgalt, homeimgthumb, inhome, hitstotal)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
        [
          article.id, article.catid, String(article.catid), article.adminId, article.author, article.addtime, article.edittime, article.status,
          article.publtime, article.title, article.alias, article.hometext, article.homeimgfile, article.homeimgalt, article.homeimgthumb, article.hitstotal,
        ],
      );
      await connection.query(`INSERT INTO ${news("detail")} (id, bodyhtml, sourcetext) VALUES (?, ?, '')`, [article.id, article.bodyhtml]);
    }
  });
}

/**
 * The photos the fixture's articles name, written under `root` as the old site's media folder
 * (images/ for Joomla, uploads/ for NukeViet): 1600 × 1200 JPEGs with camera and GPS EXIF, each
 * its own pattern, so no two are the same file. The fixture's missing photo is left out.
 */
export async function writeLegacyMedia(root: string, source: "joomla" | "nukeviet"): Promise<string[]> {
  const files = source === "joomla" ? joomlaMediaFiles : nukevietMediaFiles;
  const [width, height] = [1600, 1200];
  for (const [index, file] of files.entries()) {
    const pixels = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 3;
        pixels[at] = (x * (index + 3) + y) & 255;
        pixels[at + 1] = (x ^ (y + index * 37)) & 255;
        pixels[at + 2] = (y * (index + 2)) & 255;
      }
    }
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await sharp(pixels, { raw: { width, height, channels: 3 } })
      .withExif({
        IFD0: { Make: "Canon", Model: "EOS 600D", Artist: "Phóng viên cũ" },
        // IFD3 is GPS in libvips: the old photos say where they were taken, which the import strips.
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 50/1 3000/100", GPSLongitudeRef: "E", GPSLongitude: "106/1 45/1 0/1" },
      })
      .jpeg({ quality: 85 })
      .toFile(target);
  }
  return files.map((file) => path.join(root, file));
}
