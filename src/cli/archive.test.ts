// Read-only commands on a --db path that does not exist: exit 2 with "no archive at PATH", and
// nothing is created there (a typo used to make an empty archive and answer "0 results", exit 0).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runMarsad, tempDir } from '../../test/helpers.ts';

const READ_ONLY: string[][] = [
  ['export', '--format', 'jsonl'], ['search', 'الأمطار'], ['show', 'abc'], ['entities'], ['entity', 'per:x'], ['stories'],
  ['story', 's1'], ['quotes'], ['stats'], ['serve', '--port', '0', '--workers', '1'],
];

describe('read-only commands on a missing archive', () => {
  it('every read-only command exits 2 with "no archive at PATH" and creates nothing', async () => {
    const dir = tempDir('marsad-noarchive-');
    try {
      const db = join(dir.path, 'typo.db');
      // One at a time: the machine is shared, and ten CLI processes at once starve other tests.
      for (const args of READ_ONLY) {
        const run = await runMarsad([...args, '--db', db]);
        assert.equal(run.code, 2, `${args[0]}: exit ${run.code}\n${run.stderr}`);
        assert.ok(run.stderr.includes(`no archive at ${db}`), `${args[0]}: ${run.stderr}`);
      }
      assert.equal(existsSync(db), false, 'nothing was created at the typo');
      assert.equal(existsSync(`${db}-wal`), false);
    } finally {
      dir.cleanup();
    }
  });
});
