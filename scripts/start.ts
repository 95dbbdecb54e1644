// `npm start`: prepare the database (migrations, demo seed on an empty file), build when the
// sources changed since the last build, then serve the production build. The database comes
// first because the build renders the few pages it keeps (the 404 page) from it.
import { spawn } from "node:child_process";
import os from "node:os";
import { prepareDatabase } from "./prepare-database";
import { ensureProductionBuild } from "./production-build";
import { serverEnv, serverNodeFlags, serverScript } from "./server-process";

await prepareDatabase();
ensureProductionBuild();

const port = process.env.PORT ?? "3000";
// Node itself, not through npx: a signal sent to this script must reach the server, which then
// finishes its requests and writes the view counts still in memory before it exits.
const server = spawn(process.execPath, [...serverNodeFlags(), serverScript], {
  stdio: "inherit",
  env: { ...process.env, ...serverEnv(), PORT: port, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
// Wait for the server to finish its shutdown before this script ends.
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 0)));
