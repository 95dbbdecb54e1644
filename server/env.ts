import path from "node:path";
import { parseTrustedProxies } from "./client-address";
import { z } from "@/core/schemas/zod";
import { parseS3Location } from "@/core/media-store-keys";

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"])
  .transform((value) => ["1", "true", "yes", "on"].includes(value));

/** `VAR=` in a shell or a .env file means "not set", not an empty value to refuse. */
function unsetWhenEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema);
}

const envSchema = z.object({
  /** The SQLite file; created with its folder and migrated at start. Unused when DATABASE_URL is set. */
  DATABASE_PATH: z.string().min(1).default("data/ban-tin.sqlite"),
  /**
   * A PostgreSQL database to serve instead of the SQLite file (postgres://user:pass@host:port/db),
   * shared by several instances. It is migrated by `npm run db:migrate`, not at start.
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/[^/]+\/[^/?]+/, "phải là địa chỉ PostgreSQL dạng postgres://người-dùng:mật-khẩu@máy:cổng/tên-cơ-sở-dữ-liệu")
    .optional(),
  /**
   * A Redis server that several instances share the cached public pages and their expiries through
   * (redis://[:password@]host:port[/db]). Read by next.config.ts, which runs before the app; parsed
   * here too, so that a wrong value stops the server with this message (docs/decisions/0021).
   */
  REDIS_URL: unsetWhenEmpty(
    z
      .string()
      .regex(/^rediss?:\/\/[^/?#]+(\/\d+)?$/, "phải là địa chỉ Redis dạng redis://máy:cổng hoặc redis://:mật-khẩu@máy:cổng/số-cơ-sở-dữ-liệu")
      .optional(),
  ),
  /**
   * nginx in front of several instances (deploy/nginx/ban-tin.conf), as an instance reaches it:
   * after a change readers see, the instance asks it for a fresh copy of the pages the change touched
   * (server/page-cache-refresh.ts). Unset: nginx's copies simply run out after their second.
   */
  NGINX_REFRESH_URL: unsetWhenEmpty(z.url({ protocol: /^https?$/, error: "phải là địa chỉ http://máy:cổng mà các phiên bản gọi tới nginx" }).optional()),
  /**
   * Where uploaded and generated images and document files are stored (not public/: a build does not
   * serve new files). With MEDIA_STORE set, only uploads in progress are kept beside it (<MEDIA_DIR>-incoming).
   */
  MEDIA_DIR: z.string().min(1).default("data/media"),
  /**
   * An S3-compatible bucket to keep the media in instead of MEDIA_DIR: s3://bucket or s3://bucket/prefix
   * (server/media-store-s3.ts). Unset or empty: the folder.
   */
  MEDIA_STORE: unsetWhenEmpty(
    z
      .string()
      .transform((value, context) => {
        const parsed = parseS3Location(value);
        if (parsed.ok) return parsed.location;
        context.addIssue({ code: "custom", message: parsed.problem });
        return z.NEVER;
      })
      .optional(),
  ),
  /** The S3 server when it is not AWS's (MinIO, Ceph…); the S3-specific one wins. Path-style addressing follows. */
  AWS_ENDPOINT_URL: unsetWhenEmpty(z.url("phải là địa chỉ http(s)://máy:cổng của máy chủ S3").optional()),
  AWS_ENDPOINT_URL_S3: unsetWhenEmpty(z.url("phải là địa chỉ http(s)://máy:cổng của máy chủ S3").optional()),
  /** The bucket's region; us-east-1 when unset, which most S3-compatible servers accept. */
  AWS_REGION: unsetWhenEmpty(z.string().min(1).optional()),
  /** Where backups are written (npm run backup, the nightly job, "Sao lưu ngay") and listed from. */
  BACKUP_DIR: z.string().min(1).default("data/backups"),
  /** How many backups are kept: after each one, older ones beyond this number are deleted. */
  BACKUP_KEEP: z.coerce.number().int().min(1).default(14),
  /** The server takes a backup every night at 02:00 Vietnam time (0 to leave it to cron or another machine). */
  BACKUP_NIGHTLY: booleanFlag.default(true),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The public address of the site, for absolute links and sign-in redirects. */
  SITE_URL: z.url().optional(),
  /**
   * Signs the session tokens. When unset, a random one is made once and kept beside the database;
   * required with REDIS_URL, since every instance must sign with the same key.
   */
  NEXTAUTH_SECRET: unsetWhenEmpty(z.string().min(32).optional()),
  /** Fill an empty database with the demo units, accounts and articles. */
  DEMO_SEED: booleanFlag.default(true),
  /** Count "Đã xem" at all; off for the benchmark's comparison of a page with and without counting. */
  VIEW_COUNTING: booleanFlag.default(true),
  /** How often the views counted in memory are written to the database, in milliseconds. */
  VIEW_FLUSH_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated),
   * e.g. "127.0.0.1, ::1" behind a local nginx. Empty: the socket's address is the client's.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value, context) => {
      try {
        return parseTrustedProxies(value);
      } catch {
        context.addIssue({ code: "custom", message: "mỗi mục phải là một địa chỉ IP hoặc một dải CIDR, cách nhau bởi dấu phẩy, ví dụ: 127.0.0.1, ::1, 10.0.0.0/8" });
        return z.NEVER;
      }
    }),
  /**
   * The banner's slogan on a first start only: it becomes version 1 of the site settings, which
   * the admin edits at /quan-tri/cai-dat (the settings, not this, are shown from then on).
   */
  SITE_SLOGAN: z
    .string()
    .min(1)
    .default(
      "Công đoàn đổi mới, đồng hành cùng đoàn viên và người lao động; chăm lo, bảo vệ quyền lợi hợp pháp, chính đáng của người lao động.",
    ),
}).superRefine((values, context) => {
  // REDIS_URL means several instances: a key made by each beside its own database file would sign
  // sessions the others refuse, so a person signed in on one would be signed out on the next.
  if (values.REDIS_URL && !values.NEXTAUTH_SECRET) {
    context.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "bắt buộc khi có REDIS_URL (nhiều phiên bản chạy cùng nhau): mọi phiên bản phải ký phiên đăng nhập bằng cùng một khóa, ít nhất 32 ký tự" });
  }
});

export type Env = Omit<z.infer<typeof envSchema>, "SITE_URL"> & {
  SITE_URL: string;
  /** What openDatabase opens: DATABASE_URL when set, else the SQLite file. */
  DATABASE_LOCATION: string;
};

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return {
    ...parsed.data,
    SITE_URL: (parsed.data.SITE_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/$/, ""),
    DATABASE_PATH: path.resolve(parsed.data.DATABASE_PATH),
    DATABASE_LOCATION: parsed.data.DATABASE_URL ?? path.resolve(parsed.data.DATABASE_PATH),
    MEDIA_DIR: path.resolve(parsed.data.MEDIA_DIR),
    BACKUP_DIR: path.resolve(parsed.data.BACKUP_DIR),
  };
}

export const env: Env = parseEnv();
