import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"])
  .transform((value) => ["1", "true", "yes", "on"].includes(value));

const envSchema = z.object({
  /** The SQLite file; created with its folder and migrated at start. */
  DATABASE_PATH: z.string().min(1).default("data/ban-tin.sqlite"),
  /** Where uploaded and generated images are stored (not public/: a build does not serve new files). */
  MEDIA_DIR: z.string().min(1).default("data/media"),
  /** Fill an empty database with the demo units, accounts and articles. */
  DEMO_SEED: booleanFlag.default(true),
  SITE_SLOGAN: z
    .string()
    .min(1)
    .default(
      "Công đoàn đổi mới, đồng hành cùng đoàn viên và người lao động; chăm lo, bảo vệ quyền lợi hợp pháp, chính đáng của người lao động.",
    ),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return {
    ...parsed.data,
    DATABASE_PATH: path.resolve(parsed.data.DATABASE_PATH),
    MEDIA_DIR: path.resolve(parsed.data.MEDIA_DIR),
  };
}

export const env: Env = parseEnv();
