// Work the server must finish before its process ends, such as the view counts still in memory.
// scripts/serve.mjs awaits these once it has answered its last request and before it exits; the
// set lives on globalThis because serve.mjs and every bundle of the app share the process, not modules.
type ShutdownHook = () => Promise<void>;

const holder = globalThis as typeof globalThis & { banTinShutdownHooks?: Set<ShutdownHook> };

/** The hooks our server awaits before it exits, or null under a server that awaits none (next start, next dev). */
export function managedShutdownHooks(): Set<ShutdownHook> | null {
  return holder.banTinShutdownHooks ?? null;
}
