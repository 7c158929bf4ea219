// MARSAD_RESOURCE_REPORT=FILE: when the process exits, write its peak RSS and CPU time there as
// JSON. The benchmarks run `marsad ingest` as a user does, in a child process, and Node gives a
// parent no way to read a child's peak memory.
import { writeFileSync } from 'node:fs';

export interface ResourceReport {
  /** Peak resident set of the whole process (every thread), in bytes. */
  maxRssBytes: number;
  userCpuSeconds: number;
  systemCpuSeconds: number;
}

export function reportResourcesAtExit(env: NodeJS.ProcessEnv = process.env): void {
  const file = env.MARSAD_RESOURCE_REPORT;
  if (!file) return;
  process.once('exit', () => {
    const usage = process.resourceUsage();
    const report: ResourceReport = {
      maxRssBytes: usage.maxRSS * 1024,
      userCpuSeconds: usage.userCPUTime / 1e6,
      systemCpuSeconds: usage.systemCPUTime / 1e6,
    };
    writeFileSync(file, `${JSON.stringify(report)}\n`);
  });
}
