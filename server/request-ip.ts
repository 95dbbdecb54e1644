import "server-only";
import { headers } from "next/headers";

/** The client's address for the audit log: the first hop a reverse proxy recorded. */
export async function requestIp(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "không rõ";
}
