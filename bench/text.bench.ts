// The Arabic text layer's hot path: searchTerms (segment → fold → clitics → stem) over real
// SaudiNewsNet text, as ingest and snippets run it. Prints words/s and articles/s.
import { searchTerms } from '../src/text/index.ts';
import { saudiRecords } from './data.ts';

export default async function bench(): Promise<void> {
  const texts: string[] = [];
  for (const record of saudiRecords()) {
    if (texts.length >= 4000) break;
    if (record.content.trim()) texts.push(record.content);
  }
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const start = process.cpuUsage();
    for (const text of texts) searchTerms(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  console.log(`searchTerms: ${texts.length} articles, ${words} words; best of 5 (CPU time): ${(words / best / 1e6).toFixed(2)}M words/s, ${(texts.length / best).toFixed(0)} articles/s`);
}
