// The build (scripts/build.mjs) that bin/marsad runs instead of the TypeScript: it must do what the
// sources do, and bin/marsad must notice when it is out of date.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, SEED, tempDir } from './helpers.ts';
// @ts-expect-error: plain JavaScript modules without type declarations
import { build } from '../scripts/build.mjs';
// @ts-expect-error: plain JavaScript modules without type declarations
import { BUILD_STAMP, isBuildFresh } from '../scripts/build-freshness.mjs';

/** Runs node with these arguments from the project root; the exit code and output. */
function node(args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('the build in lib/', () => {
  // Beside src/, at the same depth, as lib/ is (modules find models/ by relative URLs); a dot
  // directory, so the test runner never looks inside it.
  const out = join(ROOT, `.lib-test-${process.pid}`);
  const built = join(out, 'cli', 'main.js');
  const sources = join(ROOT, 'src', 'cli', 'main.ts');
  const work = tempDir();
  before(async () => { await build(out); });
  after(() => { rmSync(out, { recursive: true, force: true }); work.cleanup(); });

  it('extracts the seed exactly as the TypeScript sources do', () => {
    const fromBuild = node([built, 'extract', SEED]);
    const fromSources = node(['--import', 'tsx', sources, 'extract', SEED]);
    assert.equal(fromBuild.code, 0, fromBuild.stderr);
    assert.equal(fromSources.code, 0, fromSources.stderr);
    // Everything but the clock: firstSeenAt is when each run saw the file.
    const withoutClock = (json: string) => ({ ...(JSON.parse(json) as object), firstSeenAt: undefined });
    assert.deepEqual(withoutClock(fromBuild.stdout), withoutClock(fromSources.stdout));
  });

  it('ingests through its worker threads and finds what it stored, without tsx', () => {
    const db = join(work.path, 'built.db');
    const ingest = node([built, 'ingest', join(ROOT, 'examples'), '--db', db, '--workers', '1']);
    assert.equal(ingest.code, 0, ingest.stderr);
    assert.match(ingest.stdout, /ingested 12 /);
    const search = node([built, 'search', 'الوزير', '--db', db, '--json']);
    assert.equal(search.code, 0, search.stderr);
    assert.ok((JSON.parse(search.stdout) as { total: number }).total > 0);
  });

  it('answers an unknown command with the one-line usage error and exit 2', () => {
    const result = node([built, 'no-such-command']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown command "no-such-command"/);
  });
});

describe('whether a build is fresh', () => {
  const work = tempDir();
  after(() => work.cleanup());
  const root = work.path;
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  mkdirSync(join(root, 'lib'), { recursive: true });
  const source = join(root, 'src', 'cli', 'main.ts');
  const test = join(root, 'src', 'cli', 'main.test.ts');
  const stamp = join(root, 'lib', BUILD_STAMP);
  const tsconfig = join(root, 'tsconfig.json');
  for (const file of [source, test, stamp, tsconfig]) writeFileSync(file, '');
  const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

  it('is fresh when its stamp is newer than every source file and the tsconfig', () => {
    at(source, 1000); at(tsconfig, 1000); at(test, 1000); at(stamp, 2000);
    assert.equal(isBuildFresh(root), true);
  });

  it('is stale once a source file changes after it', () => {
    at(source, 3000); at(tsconfig, 1000); at(stamp, 2000);
    assert.equal(isBuildFresh(root), false);
  });

  it('is stale once the tsconfig changes after it', () => {
    at(source, 1000); at(tsconfig, 3000); at(stamp, 2000);
    assert.equal(isBuildFresh(root), false);
  });

  it('ignores test files, which are not built', () => {
    at(source, 1000); at(tsconfig, 1000); at(test, 3000); at(stamp, 2000);
    assert.equal(isBuildFresh(root), true);
  });

  it('is stale when there is no build at all', () => {
    rmSync(stamp);
    assert.equal(isBuildFresh(root), false);
  });
});
