// Who used the CPU during a run, from /proc (Linux): each group of processes (an app instance,
// PostgreSQL's server and its backends, Redis, nginx's master and workers, the load generator) is
// read before and after, and the difference is given as a share of one core over the run's time.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { descendants } from "./bench-server";

/** A group: its root process, counted with everything under it. */
export type ProcessGroup = { name: string; pid: number };

type Snapshot = { at: number; ticks: Map<string, number>; machine: { busy: number; total: number } };

export type CpuShare = {
  name: string;
  /** CPU time over wall time: 100 is one core busy for the whole run. */
  percentOfOneCore: number;
};

export type CpuProfile = {
  seconds: number;
  groups: CpuShare[];
  /** Every process on the machine, ours and others', as a share of one core (200 = both of 2 cores). */
  machinePercentOfOneCore: number;
  /** What the machine spent that none of the groups did: other jobs on this shared machine. */
  othersPercentOfOneCore: number;
  cores: number;
};

const ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return ""; // the process has just exited
  }
}

/** utime + stime of a process (all its threads); with `reaped`, also its waited-for children's. */
function processTicks(pid: number, reaped: boolean): number {
  const stat = readOrEmpty(`/proc/${pid}/stat`);
  // The command name is in parentheses and may hold spaces: the fields start after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
  // Fields 14–17 of proc(5) (utime, stime, cutime, cstime); the rest begins at field 3.
  const [utime = 0, stime = 0, cutime = 0, cstime = 0] = fields.slice(11, 15);
  return utime + stime + (reaped ? cutime + cstime : 0);
}

function groupTicks(pid: number): number {
  let tree: number[];
  try {
    tree = descendants(pid);
  } catch {
    tree = [pid]; // a child exited while its parent's list was read
  }
  // A backend or worker that exits during the run is counted in its parent's cutime/cstime.
  return tree.reduce((sum, each) => sum + processTicks(each, each === pid), 0);
}

function machineTicks(): { busy: number; total: number } {
  const [, ...values] = (readOrEmpty("/proc/stat").split("\n")[0] ?? "").trim().split(/\s+/);
  const numbers = values.map(Number);
  const total = numbers.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the 4th and 5th numbers of the "cpu" line.
  return { busy: total - (numbers[3] ?? 0) - (numbers[4] ?? 0), total };
}

function snapshot(groups: ProcessGroup[]): Snapshot {
  return { at: performance.now(), ticks: new Map(groups.map((group) => [group.name, groupTicks(group.pid)])), machine: machineTicks() };
}

/** Starts reading; `stop()` returns each group's share of one core since. */
export function measureCpu(groups: ProcessGroup[]): { stop: () => CpuProfile } {
  const before = snapshot(groups);
  return {
    stop: () => {
      const after = snapshot(groups);
      const seconds = (after.at - before.at) / 1000;
      const percent = (ticks: number) => Math.round((1000 * ticks) / ticksPerSecond / seconds) / 10;
      const shares = groups.map((group) => ({ name: group.name, percentOfOneCore: percent((after.ticks.get(group.name) ?? 0) - (before.ticks.get(group.name) ?? 0)) }));
      const cores = os.cpus().length;
      // /proc/stat counts every core's ticks: its busy share times the cores is one core's measure.
      const machine = Math.round((1000 * cores * (after.machine.busy - before.machine.busy)) / (after.machine.total - before.machine.total)) / 10;
      const ours = shares.reduce((sum, share) => sum + share.percentOfOneCore, 0);
      return { seconds: Math.round(seconds * 10) / 10, groups: shares, machinePercentOfOneCore: machine, othersPercentOfOneCore: Math.max(0, Math.round((machine - ours) * 10) / 10), cores };
    },
  };
}

export function formatCpu(profile: CpuProfile): string {
  const parts = profile.groups.map((share) => `${share.name} ${share.percentOfOneCore} %`);
  return `${parts.join(", ")}; cả máy ${profile.machinePercentOfOneCore} % trên ${profile.cores * 100} % (việc khác trên máy ${profile.othersPercentOfOneCore} %)`;
}
