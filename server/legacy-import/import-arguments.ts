// `npm run import -- joomla|nukeviet --mysql URL [options]`: the command line, read and checked
// before anything is opened. A mistake is said in Vietnamese with the usage, exit status 2.
import { parseArgs } from "node:util";
import type { LegacySource } from "@/core/legacy-addresses";

export const IMPORT_USAGE = `Cách dùng:
  npm run import -- joomla   --mysql mysql://user:pass@host:3306/csdl [--prefix jos_] [tùy chọn]
  npm run import -- nukeviet --mysql mysql://user:pass@host:3306/csdl [--prefix nv4] [--lang vi] [--module news] [tùy chọn]

Tùy chọn:
  --dry-run             đọc hết, không ghi gì; ghi tệp ánh xạ đề xuất (--map) và báo cáo
  --map TỆP             tệp ánh xạ chuyên mục cũ → chuyên mục, đơn vị (mặc định: import-mapping.json)
  --media-root THƯ_MỤC  bản sao thư mục images/ (Joomla) hoặc uploads/ (NukeViet) của cổng cũ
  --old-base-url URL    địa chỉ cổng cũ, để nhận ra ảnh ghi bằng địa chỉ đầy đủ
  --no-media            chỉ nhập chữ; ảnh thêm sau bằng --media-only
  --media-only          chỉ thêm ảnh cho các bài đã nhập bằng --no-media
  --with-accounts       tạo tài khoản (bị khóa) cho người dùng cũ
  --as TÊN_ĐĂNG_NHẬP    tài khoản đứng tên lần nhập (mặc định: quản trị viên đầu tiên)
  --report TỆP          nơi ghi báo cáo (mặc định: import-report.json)
  --site-url URL        trang đang chạy, để làm mới các trang đã lưu đệm (mặc định: http://127.0.0.1:PORT)`;

export type ImportArguments = {
  source: LegacySource;
  mysqlUrl: string;
  prefix: string;
  lang: string;
  moduleData: string;
  dryRun: boolean;
  mapPath: string;
  mapGiven: boolean;
  mediaRoot: string | null;
  oldBaseUrl: string | null;
  withMedia: boolean;
  mediaOnly: boolean;
  withAccounts: boolean;
  importer: string | null;
  reportPath: string;
  siteUrl: string | null;
};

export type ParsedImportArguments = { ok: true; args: ImportArguments } | { ok: false; message: string };

const fail = (message: string): ParsedImportArguments => ({ ok: false, message: `${message}\n\n${IMPORT_USAGE}` });

function isHttpUrl(text: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

export function parseImportArguments(argv: string[]): ParsedImportArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        mysql: { type: "string" },
        prefix: { type: "string" },
        lang: { type: "string" },
        module: { type: "string" },
        "dry-run": { type: "boolean" },
        map: { type: "string" },
        "media-root": { type: "string" },
        "old-base-url": { type: "string" },
        "no-media": { type: "boolean" },
        "media-only": { type: "boolean" },
        "with-accounts": { type: "boolean" },
        as: { type: "string" },
        report: { type: "string" },
        "site-url": { type: "string" },
      },
    });
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1];
    return fail(option ? `Không hiểu tùy chọn ${option}.` : "Không đọc được dòng lệnh.");
  }
  const { values, positionals } = parsed;
  const source = positionals[0];
  if (positionals.length !== 1 || (source !== "joomla" && source !== "nukeviet")) return fail("Hãy ghi loại cổng cũ: joomla hoặc nukeviet.");
  const mysqlUrl = values.mysql ?? "";
  let url: URL | null = null;
  try {
    url = new URL(mysqlUrl);
  } catch {
    url = null;
  }
  if (!url || !["mysql:", "mariadb:"].includes(url.protocol) || url.pathname.length < 2) return fail("--mysql cần một địa chỉ dạng mysql://người_dùng:mật_khẩu@máy:cổng/tên_csdl.");
  const prefix = values.prefix ?? (source === "joomla" ? "jos_" : "nv4");
  if (!/^[A-Za-z0-9_]{1,30}$/.test(prefix)) return fail("--prefix chỉ gồm chữ, số và dấu gạch dưới.");
  const lang = values.lang ?? "vi";
  if (!/^[a-z]{2}$/.test(lang)) return fail("--lang là mã ngôn ngữ hai chữ, ví dụ vi.");
  const moduleData = values.module ?? "news";
  if (!/^[a-z0-9_]{1,30}$/.test(moduleData)) return fail("--module chỉ gồm chữ thường, số và dấu gạch dưới.");
  if (values["no-media"] && values["media-only"]) return fail("--no-media và --media-only không dùng cùng nhau.");
  if (values["media-only"] && !values["media-root"]) return fail("--media-only cần --media-root.");
  const oldBaseUrl = values["old-base-url"] ?? null;
  if (oldBaseUrl !== null && !isHttpUrl(oldBaseUrl)) return fail("--old-base-url cần một địa chỉ http:// hoặc https://.");
  const siteUrl = values["site-url"] ?? null;
  if (siteUrl !== null && !isHttpUrl(siteUrl)) return fail("--site-url cần một địa chỉ http:// hoặc https://.");
  return {
    ok: true,
    args: {
      source,
      mysqlUrl,
      prefix,
      lang,
      moduleData,
      dryRun: values["dry-run"] ?? false,
      mapPath: values.map ?? "import-mapping.json",
      mapGiven: values.map !== undefined,
      mediaRoot: values["media-root"] ?? null,
      oldBaseUrl,
      withMedia: !(values["no-media"] ?? false),
      mediaOnly: values["media-only"] ?? false,
      withAccounts: values["with-accounts"] ?? false,
      importer: values.as ?? null,
      reportPath: values.report ?? "import-report.json",
      siteUrl,
    },
  };
}
