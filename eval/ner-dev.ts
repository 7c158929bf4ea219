// The NER evaluation on our dev split: the last ~15% of ANERcorp's training file (whole sentences),
// which the shipped model never trained on. Writes that part to a temporary file in the same
// `token TAG` format and runs `marsad eval ner --conll` on it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseConll } from '../src/analyze/entities/conll.ts';
import { splitTrainDev } from '../src/analyze/entities/split.ts';
import { run } from '../src/cli/commands/eval-ner.ts';

const corpus = resolve(process.cwd(), '../shared/data/anercorp/anercorp-train.txt');
const content = readFileSync(corpus, 'utf8');
const { train } = splitTrainDev(parseConll(content));
const trainTokens = train.reduce((n, s) => n + s.tokens.length, 0);

// Walk the raw lines, counting token lines the way parseConll does, to find where dev begins.
const lines = content.split('\n');
let tokens = 0;
let first = 0;
while (first < lines.length && tokens < trainTokens) {
  if (lines[first].trim().split(/\s+/).length >= 2) tokens++;
  first++;
}
const dir = mkdtempSync(join(tmpdir(), 'marsad-ner-dev-'));
const devFile = join(dir, 'dev.txt');
writeFileSync(devFile, lines.slice(first).join('\n'));
try {
  process.exitCode = await run(['--conll', devFile]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
