// The server's own backup, every night at 02:00 Vietnam time, into BACKUP_DIR.
import { Cron } from "croner";
import { VIETNAM_TIME_ZONE } from "@/core/vi-date";
import type { Database } from "@/db/client";
import type { BackupSettings } from "./backup-archive";
import { oneBackupAtATime, takeBackup, type TakenBackup } from "./backup-commands";

// The zone, not the machine's clock: a server set to UTC still backs up at 02:00 in Vietnam.
const NIGHTLY = { pattern: "0 2 * * *", timezone: VIETNAM_TIME_ZONE } as const;
export const NIGHTLY_ACTOR = { id: null, name: "Hệ thống (sao lưu hằng đêm)" } as const;

/** When the nightly backup runs next after `from` (strictly after it). */
export function nextNightlyBackupAfter(from: Date): Date | null {
  return new Cron(NIGHTLY.pattern, { timezone: NIGHTLY.timezone }).nextRun(from);
}

type Report = (message: string, error?: unknown) => void;

/** One night's backup; a failure is reported (and audited by takeBackup), never thrown at the server. */
export async function runNightlyBackup(db: Database, settings: BackupSettings, report: Report = console.error): Promise<TakenBackup | null> {
  try {
    const taken = await oneBackupAtATime(() => takeBackup(db, settings, "nightly", NIGHTLY_ACTOR));
    if (taken === "busy") {
      report("Sao lưu hằng đêm bỏ qua đêm nay: một bản sao lưu khác của máy chủ đang được tạo.");
      return null;
    }
    console.log(`Đã sao lưu hằng đêm: ${taken.file}`);
    return taken;
  } catch (error) {
    report("Sao lưu hằng đêm thất bại:", error);
    return null;
  }
}

const holder = globalThis as typeof globalThis & { banTinNightlyBackup?: Cron };

/**
 * Schedules the nightly backup once per server process: instrumentation's register() runs again
 * after a dev reload, and the job from the first run goes on.
 */
export function startNightlyBackups(database: () => Database, settings: BackupSettings): void {
  if (holder.banTinNightlyBackup) return;
  holder.banTinNightlyBackup = new Cron(
    NIGHTLY.pattern,
    // protect: a night that is still running when the next starts is not run twice; unref: the
    // timer does not keep a stopping server alive.
    { timezone: NIGHTLY.timezone, protect: true, unref: true, name: "sao-luu-hang-dem" },
    async () => {
      await runNightlyBackup(database(), settings);
    },
  );
}

/** The next nightly run of this process's job; null when none was started (BACKUP_NIGHTLY=0). */
export function scheduledNightlyBackup(): Date | null {
  return holder.banTinNightlyBackup?.nextRun() ?? null;
}
