import { readdirSync, readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc; null when it is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) ": state is field 3, utime field 14, stime field 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU seconds of every PostgreSQL server process on the machine (postmaster and backends). */
function postgresSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    total += cpuSeconds(Number(entry)) ?? 0;
  }
  return total;
}

/** Busy and total CPU seconds of the whole machine (all cores), from /proc/stat. */
function machineSeconds(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}

export interface CpuReport {
  /** Share of all cores' time that was busy (anyone's work, not only ours). */
  machineBusy: number;
  /** CPU seconds per labelled process of ours, the PostgreSQL server, and this bench process. */
  processes: Array<{ label: string; seconds: number }>;
  wallSeconds: number;
}

/**
 * Where the CPU went during one measured run: whether the machine had any left (on a shared
 * machine a scale-out cannot show if every core is busy anyway), and whether the work was spread
 * over the processes (no single-process bottleneck). Sampled twice a second, so a process that is
 * SIGKILLed mid-run keeps what it had used until then.
 */
export function startCpuWatch(processes: () => Array<{ pid: number; label: string }>) {
  const started = performance.now();
  const machineStart = machineSeconds();
  const pgStart = postgresSeconds();
  const selfStart = process.cpuUsage();
  const first = new Map<number, { label: string; at: number }>();
  const last = new Map<number, number>();
  const sample = () => {
    for (const { pid, label } of processes()) {
      const seconds = cpuSeconds(pid);
      if (seconds === null) continue;
      if (!first.has(pid)) first.set(pid, { label, at: seconds });
      last.set(pid, seconds);
    }
  };
  sample();
  const timer = setInterval(sample, 500);
  return {
    stop(): CpuReport {
      sample();
      clearInterval(timer);
      const machine = machineSeconds();
      const self = process.cpuUsage(selfStart);
      const ours = [...first].map(([pid, { label, at }]) => ({ label, seconds: (last.get(pid) ?? at) - at }));
      return {
        machineBusy: (machine.busy - machineStart.busy) / (machine.total - machineStart.total),
        processes: [
          ...ours,
          { label: 'postgres', seconds: postgresSeconds() - pgStart },
          { label: 'bench (load + Slack simulator)', seconds: (self.user + self.system) / 1e6 },
        ],
        wallSeconds: (performance.now() - started) / 1000,
      };
    },
  };
}
