import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Kernel clock ticks per second, the unit of /proc/<pid>/stat times. */
const TICKS = ((): number => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

type Stat = { pid: number; ppid: number; seconds: number; reapedChildrenSeconds: number };

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields that follow start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      pid,
      ppid: Number(fields[1]),
      seconds: (Number(fields[11]) + Number(fields[12])) / TICKS,
      reapedChildrenSeconds: (Number(fields[13]) + Number(fields[14])) / TICKS,
    };
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by a process and its direct children, those that exited included (as their parent
 * reaped them): a PostgreSQL postmaster and its backends, or the API. Null where /proc is not readable.
 */
export function treeCpuSeconds(rootPid: number): number | null {
  const root = readStat(rootPid);
  if (!root) return null;
  let total = root.seconds + root.reapedChildrenSeconds;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat && stat.ppid === rootPid) total += stat.seconds;
  }
  return total;
}

/** The parent of a process: the postmaster of a PostgreSQL backend. */
export function parentPid(pid: number): number | null {
  return readStat(pid)?.ppid ?? null;
}
