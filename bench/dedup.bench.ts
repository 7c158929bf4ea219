// Dedup throughput on all of SaudiNewsNet: fingerprint + DuplicateIndex + StoryClusterer,
// incrementally, in date order. Run: node --import tsx bench/dedup.bench.ts
import { fileURLToPath } from 'node:url';
import { DuplicateIndex, StoryClusterer, fingerprint } from '../src/dedup/index.ts';
import { loadSaudiNewsNet, saudiNewsNetAvailable, saudiNewsNetDays, toDedupInput } from '../eval/dedup/saudinewsnet.ts';

export default async function bench(): Promise<void> {
  if (!saudiNewsNetAvailable()) throw new Error('dedup bench: ../shared/data/saudinewsnet is missing');
  // One day's zip at a time (the days follow each other, each sorted by time), so the corpus is
  // never all in memory; unzipping and parsing are not counted in the engine's time.
  let peakRss = process.memoryUsage().rss;
  const duplicates = new DuplicateIndex();
  const stories = new StoryClusterer();
  let engineMs = 0, engineCpuMicros = 0, articles = 0, copies = 0;
  for (const day of saudiNewsNetDays()) {
    const records = loadSaudiNewsNet({ days: [day] });
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const record of records) {
      const input = toDedupInput(record);
      const fp = fingerprint(input);
      const match = duplicates.add(input, fp);
      if (match) copies++;
      stories.assign(input, fp, { duplicateOf: match?.matchedId });
      if (++articles % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    engineMs += performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    engineCpuMicros += cpu.user + cpu.system;
  }
  const seconds = engineMs / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  let groups = 0;
  for (const _ of duplicates.groups()) groups++;
  let storyCount = 0, largest = 0, multi = 0;
  for (const story of stories.stories()) {
    storyCount++;
    largest = Math.max(largest, story.articleIds.length);
    if (story.articleIds.length > 1) multi++;
  }
  console.log(`dedup bench: ${articles} articles in ${seconds.toFixed(1)} s = ${Math.round(articles / seconds)} articles/s`);
  console.log(`  engine CPU time ${(engineCpuMicros / 1e6).toFixed(1)} s (wall time above depends on what else runs on the machine)`);
  console.log(`  peak RSS ${Math.round(peakRss / 1048576)} MB (the whole process, one day of records loaded at a time)`);
  console.log(`  ${copies} copies in ${groups} duplicate groups; ${storyCount} stories (${multi} with 2+ articles), largest ${largest} articles`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bench();
