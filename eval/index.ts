// npm run eval [-- NAME…]: every quality evaluation on real data from ../shared/data, one after
// another, each printing its own summary line last. NAME filters (e.g. `npm run eval -- dedup`).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = '../shared/data';

const EVALUATIONS: Array<{ name: string; args: string[]; needs: string }> = [
  { name: 'stemmer', args: ['eval/stemmer.ts'], needs: 'eval/stemmer.ts' },
  { name: 'extract', args: ['src/cli/main.ts', 'eval', 'extract', '--dataset', `${data}/extraction-trafilatura`], needs: 'src/cli/commands/eval-extract.ts' },
  { name: 'ner', args: ['eval/ner.ts'], needs: 'src/cli/commands/eval-ner.ts' },
  { name: 'names', args: ['src/cli/main.ts', 'eval', 'names', '--pairs', `${data}/names/name-variants-dev.tsv`], needs: 'src/cli/commands/eval-names.ts' },
  { name: 'quotes', args: ['eval/quotes/score.ts'], needs: 'eval/quotes/score.ts' },
  { name: 'dedup', args: ['eval/dedup/score.ts'], needs: 'eval/dedup/score.ts' },
];

const filters = process.argv.slice(2);
let failed = 0;
for (const evaluation of EVALUATIONS) {
  if (filters.length > 0 && !filters.some((f) => evaluation.name.includes(f))) continue;
  if (!existsSync(`${root}/${evaluation.needs}`)) continue;
  process.stdout.write(`\n== ${evaluation.name} ==\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...evaluation.args], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) { failed++; process.stdout.write(`${evaluation.name}: failed (exit ${result.status})\n`); }
}
process.exit(failed > 0 ? 1 : 0);
