// The NER evaluation on a part of ANERcorp's training file (split.ts), written to a temporary file
// in the same `token TAG` format and scored by `marsad eval ner --conll`:
//   node --import tsx eval/ner.ts [holdout]   the first ~10%, which the shipped model never trained on;
//   node --import tsx eval/ner.ts dev         the last ~15%: honest only for a `train:ner --split
//                                             selection` model (the shipped one trained on it).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseConll } from '../src/analyze/entities/conll.ts';
import { splitHoldout, splitTrainDev } from '../src/analyze/entities/split.ts';
import { run } from '../src/cli/commands/eval-ner.ts';

const part = process.argv[2] ?? 'holdout';
if (part !== 'holdout' && part !== 'dev') {
  console.error(`eval/ner.ts: unknown part ${part} (holdout or dev)`);
  process.exit(2);
}
const corpus = resolve(process.cwd(), '../shared/data/anercorp/anercorp-train.txt');
const content = readFileSync(corpus, 'utf8');
const sentences = parseConll(content);
const tokensBefore = part === 'dev' ? splitTrainDev(sentences).train : [];
const tokensIn = part === 'dev' ? Infinity : splitHoldout(sentences).holdout.reduce((n, s) => n + s.tokens.length, 0);
const skip = tokensBefore.reduce((n, s) => n + s.tokens.length, 0);

// Walk the raw lines, counting token lines the way parseConll does, to find where the part begins and ends.
const lines = content.split('\n');
const isToken = (line: string) => line.trim().split(/\s+/).length >= 2;
let tokens = 0;
let first = 0;
while (first < lines.length && tokens < skip) if (isToken(lines[first++])) tokens++;
let end = first;
tokens = 0;
while (end < lines.length && tokens < tokensIn) if (isToken(lines[end++])) tokens++;
const dir = mkdtempSync(join(tmpdir(), 'marsad-ner-eval-'));
const partFile = join(dir, `${part}.txt`);
writeFileSync(partFile, lines.slice(first, end).join('\n'));
try {
  console.log(`ANERcorp ${part}: lines ${first + 1}–${end} of ${corpus}`);
  process.exitCode = await run(['--conll', partFile]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
