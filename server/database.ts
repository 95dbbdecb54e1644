import { mapDatabaseFile, openDatabase, type Database } from "@/db/client";
import { env } from "./env";

// One database (its reader and writer connections) per process; kept on globalThis so dev reloads do not open a new one each time.
const holder = globalThis as typeof globalThis & { banTinDatabase?: Database };

export function getDatabase(): Database {
  if (!holder.banTinDatabase) {
    const db = openDatabase(env.DATABASE_LOCATION);
    // A server reads far more than it writes: SQLite maps its file (decision 23).
    mapDatabaseFile(db);
    holder.banTinDatabase = db;
  }
  return holder.banTinDatabase;
}
