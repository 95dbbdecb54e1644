// Next calls register() once when a server process starts: the nightly backup (02:00 Vietnam
// time, server/nightly-backup.ts) is scheduled here, in the process that serves the site.
export async function register() {
  // Not in the edge runtime, and not in the workers of `next build`.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // A server started without `npm start` (next start) refuses an unmigrated PostgreSQL database too.
  const { assertMigrated } = await import("./db/postgres");
  if (process.env.DATABASE_URL) await assertMigrated(process.env.DATABASE_URL);
  const [{ env }, { getDatabase }, { backupSettings }, { startNightlyBackups }] = await Promise.all([
    import("./server/env"),
    import("./server/database"),
    import("./server/backup-commands"),
    import("./server/nightly-backup"),
  ]);
  if (env.BACKUP_NIGHTLY) startNightlyBackups(getDatabase, backupSettings(env));
}
