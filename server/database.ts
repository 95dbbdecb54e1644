import { openDatabase, type Database } from "@/db/client";
import { env } from "./env";

// One database (its reader and writer connections) per process; kept on globalThis so dev reloads do not open a new one each time.
const holder = globalThis as typeof globalThis & { banTinDatabase?: Database };

export function getDatabase(): Database {
  holder.banTinDatabase ??= openDatabase(env.DATABASE_LOCATION);
  return holder.banTinDatabase;
}
