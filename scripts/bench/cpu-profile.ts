// `npm run bench -- --profile`: where the server's CPU time went, from the V8 profile it wrote as
// it exited (node --cpu-prof). Self time is grouped by what spends it, then the busiest functions.
import fs from "node:fs";
import path from "node:path";

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const groups: [name: string, test: (url: string, fn: string) => boolean][] = [
  ["Không làm gì (idle)", (_url, fn) => fn === "(idle)"],
  ["Thu gom rác (GC)", (_url, fn) => fn === "(garbage collector)"],
  ["React: dựng HTML/RSC", (url) => /react-dom|react-server-dom|compiled\/react/.test(url)],
  ["Next.js: định tuyến, proxy, bộ đệm, trả lời", (url) => url.includes("node_modules/next/")],
  ["Mã của trang (.next/server: app, core, db, thư viện gói kèm)", (url) => url.includes("/.next/server/")],
  ["better-sqlite3 / drizzle", (url) => /better-sqlite3|drizzle-orm/.test(url)],
  ["Node: HTTP, socket, stream, async hooks", (url, fn) => url.startsWith("node:") || fn === "writev" || fn === "writeUtf8String" || fn === "writeBuffer"],
  ["Khác (native, microtask, biên dịch)", () => true],
];

function shortUrl(url: string): string {
  return url.replace(/^.*node_modules\//, "").replace(/^.*\/\.next\//, ".next/").replace(/^file:\/\//, "");
}

/** Prints, for each profile in the folder, the share of busy time per group and the top functions. */
export function summariseProfiles(dir: string): void {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".cpuprofile")) : [];
  if (files.length === 0) {
    console.log(`Không thấy hồ sơ CPU trong ${dir}.`);
    return;
  }
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const selfUs = new Map<number, number>();
    profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byGroup = new Map<string, number>();
    const byFunction = new Map<string, number>();
    let busy = 0;
    for (const [id, us] of selfUs) {
      const { functionName, url, lineNumber } = nodes.get(id)?.callFrame ?? { functionName: "?", url: "", lineNumber: 0 };
      const group = groups.find(([, test]) => test(url, functionName))?.[0] ?? "?";
      byGroup.set(group, (byGroup.get(group) ?? 0) + us);
      if (functionName === "(idle)") continue;
      busy += us;
      const key = `${functionName || "(ẩn danh)"} ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ""}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    }
    const percent = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
    console.log(`\nHồ sơ CPU ${path.join(dir, file)}: bận ${(busy / 1e6).toFixed(1)} s (phần trăm trên thời gian bận)`);
    for (const [group, us] of [...byGroup].sort((a, b) => b[1] - a[1])) {
      if (!group.startsWith("Không làm gì")) console.log(`  ${percent(us)}  ${group}`);
    }
    console.log("  Các hàm tốn nhất (thời gian tự thân):");
    for (const [key, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${percent(us)}  ${key}`);
  }
}
