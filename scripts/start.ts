// `npm start`: build when the sources changed since the last build, prepare the database
// (migrations, demo seed on an empty file), then serve the production build.
import { spawn } from "node:child_process";
import { prepareDatabase } from "./prepare-database";
import { ensureProductionBuild } from "./production-build";

ensureProductionBuild();
await prepareDatabase();

const port = process.env.PORT ?? "3000";
const server = spawn("npx", ["next", "start", "--port", port], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
