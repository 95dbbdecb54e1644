// On a PostgreSQL run (npm run test:e2e:pg), each server's database is made fresh: dropped if a
// previous run left it, created empty, migrated, as `npm run db:migrate` does on a real site.
import { migratePostgres, recreateDatabase } from "@/db/postgres";

/** Makes the database `url` names fresh and migrated; returns the url. */
export async function freshPostgresDatabase(url: string): Promise<string> {
  await recreateDatabase(url);
  await migratePostgres(url);
  return url;
}

/** A database of a journey's own beside the run's: same server, its name with a suffix. */
export function siblingDatabaseUrl(url: string, suffix: string): string {
  const target = new URL(url);
  return Object.assign(target, { pathname: `${target.pathname}_${suffix}` }).toString();
}

if (import.meta.filename === process.argv[1]) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  await freshPostgresDatabase(url);
}
