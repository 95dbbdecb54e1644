// The production build is made again only when a source file is newer than it: `npm start`
// and `npm run bench` share this check.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const sourceFolders = ["app", "components", "core", "db", "server", "public"];
const sourceFiles = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts", "instrumentation.ts"];

function newestSourceTime(): number {
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

const buildId = path.join(root, ".next", "BUILD_ID");

function buildIsCurrent(): boolean {
  return fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestSourceTime();
}

/** Runs `next build` when the sources changed since the last build; exits the process if it fails. */
export function ensureProductionBuild(): void {
  if (buildIsCurrent()) return;
  console.log("Đang dựng bản production (next build) …");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) {
    // next build writes BUILD_ID before it prerenders: a build that failed there would look current.
    fs.rmSync(buildId, { force: true });
    process.exit(build.status ?? 1);
  }
}
