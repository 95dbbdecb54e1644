// Whether a process the scripts started by PID (cluster instances, a bench's nginx) still runs.

/** True while `pid` is alive: signal 0 checks without sending anything. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
