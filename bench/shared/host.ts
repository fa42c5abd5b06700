import { cpus, release, totalmem } from 'node:os';

/** The host every benchmark records with its results, so that runs on different machines are not compared blindly. */
export type HostFacts = Readonly<{ cpuModel: string; cores: number; memoryGiB: number; os: string; node: string }>;

export function hostFacts(): HostFacts {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()} ${process.arch}`,
    node: process.version,
  };
}
