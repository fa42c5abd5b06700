import { cpus } from 'node:os';

export type CpuUsage = Readonly<{
  /** CPU time of this Node process over the wall time, in cores (1 = one core fully busy). */
  nodeCores: number;
  /** Busy share of all the machine's cores (Node, PostgreSQL and the rest), in %. */
  machineBusyPercent: number;
}>;

/** Starts measuring; the returned function gives the usage since then. Tells whether a scenario was CPU-bound. */
export function startCpuMeter(): () => CpuUsage {
  const startedAt = performance.now();
  const nodeStart = process.cpuUsage();
  const machineStart = machineTimes();
  return () => {
    const wallMicros = (performance.now() - startedAt) * 1000;
    const node = process.cpuUsage(nodeStart);
    const machineEnd = machineTimes();
    const total = machineEnd.total - machineStart.total;
    const idle = machineEnd.idle - machineStart.idle;
    return {
      nodeCores: Math.round(((node.user + node.system) / Math.max(wallMicros, 1)) * 100) / 100,
      machineBusyPercent: total > 0 ? Math.round(((total - idle) / total) * 1000) / 10 : 0,
    };
  };
}

function machineTimes(): { total: number; idle: number } {
  let total = 0;
  let idle = 0;
  for (const { times } of cpus()) {
    total += times.user + times.nice + times.sys + times.idle + times.irq;
    idle += times.idle;
  }
  return { total, idle };
}
