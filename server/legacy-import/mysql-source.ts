// The old portal's MySQL/MariaDB database, opened read-only for an import (issue 17): what both
// readers (joomla-source.ts, nukeviet-source.ts) share. Every way the opening can fail becomes a
// LegacySourceError in Vietnamese, and rows are read in keyset pages, never the whole table.
import mysql, { type Connection, type RowDataPacket, type TypeCastField, type TypeCastNext } from "mysql2/promise";
import { LegacySourceError } from "@/core/legacy-import";
import { decodedText } from "@/core/legacy-rows";

export type OldDatabase = {
  connection: Connection;
  /** "127.0.0.1:3306/joomla": what the report names the site by. */
  where: string;
};

const TEXT_TYPES = new Set(["STRING", "VAR_STRING", "VARCHAR", "BLOB", "TINY_BLOB", "MEDIUM_BLOB", "LONG_BLOB"]);

// Text columns arrive as their stored bytes (character_set_results is NULL below), decoded by
// decodedText: a latin1 column holding UTF-8, as sites carried from Joomla 1.5 keep, reads right,
// and bytes that are not UTF-8 are replaced and reported instead of failing the row.
function bytesForText(field: TypeCastField, next: TypeCastNext): unknown {
  return TEXT_TYPES.has(field.type) ? field.buffer() : next();
}

function openingError(error: unknown, url: URL, where: string): LegacySourceError {
  const code = (error as { code?: string }).code ?? "";
  const user = decodeURIComponent(url.username);
  const database = decodeURIComponent(url.pathname.slice(1));
  if (code === "ER_ACCESS_DENIED_ERROR" || code === "ER_ACCESS_DENIED_NO_PASSWORD_ERROR") return new LegacySourceError(`Sai tên đăng nhập hoặc mật khẩu MySQL: máy chủ ${url.host} từ chối tài khoản '${user}'.`);
  if (code === "ER_DBACCESS_DENIED_ERROR") return new LegacySourceError(`Tài khoản MySQL '${user}' không có quyền đọc cơ sở dữ liệu '${database}' trên ${url.host}.`);
  if (code === "ER_BAD_DB_ERROR") return new LegacySourceError(`Không có cơ sở dữ liệu '${database}' trên máy chủ MySQL ${url.host}.`);
  if (["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET"].includes(code)) {
    return new LegacySourceError(`Không kết nối được máy chủ MySQL/MariaDB ${url.host} (${code}): kiểm tra địa chỉ, cổng và tường lửa.`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new LegacySourceError(`Không mở được cơ sở dữ liệu cũ ${where}: ${message}`);
}

/** mysql://user:password@host:port/database, the database named. */
function parsedUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new LegacySourceError(`Địa chỉ cơ sở dữ liệu cũ không hợp lệ: cần dạng mysql://người-dùng:mật-khẩu@máy:cổng/tên-cơ-sở-dữ-liệu.`);
  }
  if (!["mysql:", "mariadb:"].includes(url.protocol) || url.hostname === "" || url.pathname.length < 2 || url.pathname.slice(1).includes("/")) {
    throw new LegacySourceError(`Địa chỉ cơ sở dữ liệu cũ không hợp lệ: cần dạng mysql://người-dùng:mật-khẩu@máy:cổng/tên-cơ-sở-dữ-liệu.`);
  }
  return url;
}

/** A table prefix, language or module name goes into SQL as part of a name: letters, digits and _ only. */
export function checkedName(value: string, what: string): string {
  if (!/^[A-Za-z0-9_]{1,64}$/.test(value)) throw new LegacySourceError(`${what} không hợp lệ: '${value}' (chỉ chữ cái không dấu, số và _).`);
  return value;
}

/**
 * Connects, makes the session read-only, and checks that the tables the portal needs are there:
 * a database of another site fails with every missing table named, e.g. "Không phải cơ sở dữ liệu
 * Joomla 3 với tiền tố jos_: thiếu bảng jos_content, jos_categories".
 */
export async function openOldDatabase(urlText: string, portal: string, requiredTables: string[]): Promise<OldDatabase> {
  const url = parsedUrl(urlText);
  const where = `${url.host}${url.pathname}`;
  let connection: Connection;
  try {
    connection = await mysql.createConnection({
      host: url.hostname.replace(/^\[|\]$/g, ""),
      port: url.port === "" ? 3306 : Number(url.port),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: decodeURIComponent(url.pathname.slice(1)),
      charset: "utf8mb4",
      dateStrings: true,
      connectTimeout: 10_000,
      typeCast: bytesForText,
    });
  } catch (error) {
    throw openingError(error, url, where);
  }
  try {
    await connection.query("SET SESSION TRANSACTION READ ONLY");
    await connection.query("SET SESSION character_set_results = NULL");
    const [rows] = await connection.query<RowDataPacket[]>(
      "SELECT CAST(table_name AS CHAR) AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name IN (?)",
      [requiredTables],
    );
    const present = new Set(rows.map((row) => textOf(row.name)));
    const missing = requiredTables.filter((table) => !present.has(table));
    if (missing.length > 0) throw new LegacySourceError(`Không phải cơ sở dữ liệu ${portal}: thiếu bảng ${missing.join(", ")}.`);
  } catch (error) {
    await connection.end().catch(() => undefined);
    throw error instanceof LegacySourceError ? error : openingError(error, url, where);
  }
  return { connection, where };
}

/** A text column as read (bytes, or a string for an expression), for columns whose repair is not reported. */
export function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return decodedText(value).text;
  return value == null ? "" : String(value);
}

/** Reads an article's text columns, noting in `repaired` the fields that held bytes that are not UTF-8. */
export function textReader(repaired: string[]) {
  return (value: unknown, field: string): string => {
    if (!(value instanceof Uint8Array)) return textOf(value);
    const { text, repaired: wasRepaired } = decodedText(value);
    if (wasRepaired) repaired.push(field);
    return text;
  };
}

export const PAGE_SIZE = 500;

/**
 * The rows of one query of the old database. If the connection went away meanwhile (the server
 * restarted, the network dropped), a LegacySourceError says what to do instead of a stack trace.
 */
export async function readRows(connection: Connection, sql: string, values: unknown[] = []): Promise<RowDataPacket[]> {
  try {
    const [rows] = await connection.query<RowDataPacket[]>(sql, values);
    return rows;
  } catch (error) {
    const { code, fatal } = error as { code?: string; fatal?: boolean };
    if (fatal !== true) throw error;
    throw new LegacySourceError(
      `Mất kết nối tới cơ sở dữ liệu cũ giữa chừng (${code ?? "lỗi kết nối"}). Những bài đã ghi vẫn còn: khi máy chủ MySQL/MariaDB trả lời lại, chạy lại đúng lệnh này để nhập tiếp.`,
    );
  }
}

/**
 * The rows of `sql` (which must end in "<id> > ? ORDER BY <id> LIMIT ?", after any other condition) a page at a time,
 * from `afterId` on: memory holds one page, and a run that stopped resumes from the last id it wrote.
 */
export async function* keysetRows(connection: Connection, sql: string, idOf: (row: RowDataPacket) => number, afterId = 0): AsyncGenerator<RowDataPacket> {
  let after = afterId;
  for (;;) {
    const rows = await readRows(connection, sql, [after, PAGE_SIZE]);
    for (const row of rows) yield row;
    if (rows.length < PAGE_SIZE) return;
    after = idOf(rows[rows.length - 1] as RowDataPacket);
  }
}
