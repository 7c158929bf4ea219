// How fast extractScrapedText runs on real records: all of SaudiNewsNet, several rounds, wall-clock
// and CPU time (the CPU figure holds on a busy machine; the wall figure is what a user sees).
// Run: node --import tsx src/extract/text/throughput.ts [rounds]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { extractScrapedText } from './index.ts';

interface SnnRecord { source: string; title: string; author: string; content: string }

const DATA = resolve(process.cwd(), '../shared/data/saudinewsnet');
const rounds = Number(process.argv[2] ?? 3);
const records: SnnRecord[] = [];
for (const file of readdirSync(DATA).filter((name) => name.endsWith('.zip')).sort()) {
  for (const bytes of Object.values(unzipSync(readFileSync(join(DATA, file))))) {
    if (bytes.length > 0) records.push(...(JSON.parse(strFromU8(bytes)) as SnnRecord[]));
  }
}
for (let round = 1; round <= rounds; round++) {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  for (const record of records) extractScrapedText(record.content, { title: record.title, author: record.author, source: record.source });
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`round ${round}: ${records.length} articles, ${Math.round(records.length / wallSeconds)} articles/s wall, ${Math.round(records.length / cpuSeconds)} articles/s CPU`);
}
