// npm run bench [-- NAME…]: runs every bench/*.bench.ts (or those whose name contains NAME), each
// in its own process so that peak memory is measured per benchmark. All read real data from
// ../shared/data; none runs in the tests.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
/** Benchmarks that start servers of their own and run long: only when named (npm run bench:scale). */
const ONLY_WHEN_NAMED = new Set(['scale.bench.ts']);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()
  .filter((f) => (filters.length === 0 ? !ONLY_WHEN_NAMED.has(f) : filters.some((name) => f.includes(name))));

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n== ${file.replace(/\.bench\.ts$/, '')} ==\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', fileURLToPath(new URL('./run-one.ts', import.meta.url)), file],
    { stdio: 'inherit', cwd: process.cwd() });
  if (result.status !== 0) { failed++; process.stdout.write(`${file}: failed (exit ${result.status})\n`); }
}
process.exit(failed > 0 ? 1 : 0);
