// The TCP connections of this machine as Linux lists them (/proc/net/tcp and tcp6), and which of them a
// process holds: enough to see who closes a connection first, which the closing side's TIME_WAIT says.
import fs from "node:fs";

export type TcpConnection = { localPort: number; remotePort: number; state: "established" | "time-wait" | "other"; inode: number };

const STATES: Record<string, TcpConnection["state"]> = { "01": "established", "06": "time-wait" };
const portOf = (address: string) => Number.parseInt(address.split(":")[1] ?? "", 16);

/**
 * Both tables: a server listening on every address (Node's default) holds its end of a connection
 * from 127.0.0.1 as an IPv6 socket (an IPv4-mapped address), listed in tcp6.
 */
export function tcpConnections(): TcpConnection[] {
  return ["/proc/net/tcp", "/proc/net/tcp6"]
    .filter((table) => fs.existsSync(table))
    .flatMap((table) => fs.readFileSync(table, "utf8").split("\n").slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length > 9)
    .map((fields) => ({
      localPort: portOf(fields[1] ?? ""),
      remotePort: portOf(fields[2] ?? ""),
      state: STATES[fields[3] ?? ""] ?? "other",
      inode: Number(fields[9]),
    }));
}

/** The socket inodes a process holds open. */
export function socketInodesOf(pid: number): Set<number> {
  const inodes = new Set<number>();
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(Number(match[1]));
    } catch {
      // closed meanwhile
    }
  }
  return inodes;
}
