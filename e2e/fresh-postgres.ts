// On a PostgreSQL run (npm run test:e2e:pg), each server's database is made fresh: dropped if a
// previous run left it, created empty, migrated, as `npm run db:migrate` does on a real site.
import pg from "pg";
import { dropDatabase, migratePostgres } from "@/db/postgres";

/** Makes the database `url` names fresh and migrated; returns the url. */
export async function freshPostgresDatabase(url: string): Promise<string> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const maintenance = new pg.Client({ connectionString: Object.assign(new URL(target), { pathname: "/postgres" }).toString() });
  await maintenance.connect();
  try {
    await dropDatabase(maintenance, name);
    await maintenance.query(`CREATE DATABASE ${name} ENCODING 'UTF8'`);
  } finally {
    await maintenance.end();
  }
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
