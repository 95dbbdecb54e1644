import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { parseBackupFileName } from "@/core/backup-rules";
import { recordAudit } from "@/db/queries/audit-log";
import { writeTransaction } from "@/db/transaction";
import { getDatabase } from "@/server/database";
import { env } from "@/server/env";
import { requestIp } from "@/server/request-ip";
import { getWorkingUser } from "@/server/session";
import { privateText } from "@/server/private-answers";

/**
 * Admins only: one backup archive, streamed from BACKUP_DIR. It holds every account's password
 * hash and every draft, so the role is re-read from the database and each download is audited.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ ten: string }> }) {
  const user = await getWorkingUser();
  if (!user) return privateText("Bạn cần đăng nhập bằng tài khoản quản trị để tải bản sao lưu.", 401);
  if (user.role !== "admin") return privateText("Chỉ quản trị viên được tải bản sao lưu.", 403);
  const { ten: name } = await params;
  // Only the exact names backups get: nothing else in the folder, and no way out of it.
  if (!parseBackupFileName(name)) return privateText("Tên bản sao lưu không hợp lệ.", 400);
  const file = path.join(env.BACKUP_DIR, name);
  const stat = await fs.promises.stat(file).catch(() => null);
  if (!stat?.isFile()) return privateText("Không tìm thấy bản sao lưu này: có thể nó đã được xóa theo số bản giữ lại (BACKUP_KEEP).", 404);
  const ip = await requestIp();
  await writeTransaction(getDatabase(), (tx) => recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "backup-download", target: `Bản sao lưu: ${name}`, ip }));
  const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "Content-Type": "application/gzip",
      "Content-Length": String(stat.size),
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
