// The production build is made again only when a source file is newer than it: `npm start`
// and `npm run bench` share this check.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const sourceFolders = ["app", "components", "core", "db", "server", "public"];
const sourceFiles = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts", "instrumentation.ts"];

/** The modification time of the newest source file under `root`, in milliseconds. */
export function newestSourceTime(root: string): number {
  let newest = 0;
  const visit = (target: string) => {
    if (!fs.existsSync(target)) return;
    const stat = fs.statSync(target);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(target)) visit(path.join(target, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of [...sourceFolders, ...sourceFiles]) visit(path.join(root, entry));
  return newest;
}

const buildIdOf = (root: string) => path.join(root, ".next", "BUILD_ID");
/**
 * The newest source time the build was made from, read when it started. Not BUILD_ID's own time: a
 * file saved while `next build` runs is newer than what the build read but older than the BUILD_ID
 * it writes at the end, and the build would pass for current without it.
 */
const builtFromOf = (root: string) => path.join(root, ".next", "ban-tin-built-from");

/** True when the build exists and no source file changed since it started reading them. */
export function buildIsCurrent(root: string, newestSource = newestSourceTime(root)): boolean {
  if (!fs.existsSync(buildIdOf(root)) || !fs.existsSync(builtFromOf(root))) return false;
  const builtFrom = Number(fs.readFileSync(builtFromOf(root), "utf8"));
  return Number.isFinite(builtFrom) && builtFrom >= newestSource;
}

/** Runs `next build` when the sources changed since the last build; exits the process if it fails. */
export function ensureProductionBuild(root = process.cwd()): void {
  const newestSource = newestSourceTime(root);
  if (buildIsCurrent(root, newestSource)) return;
  console.log("Đang dựng bản production (next build) …");
  fs.rmSync(builtFromOf(root), { force: true });
  const build = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) {
    // next build writes BUILD_ID before it prerenders: a build that failed there would look current.
    fs.rmSync(buildIdOf(root), { force: true });
    process.exit(build.status ?? 1);
  }
  fs.writeFileSync(builtFromOf(root), String(newestSource));
}
