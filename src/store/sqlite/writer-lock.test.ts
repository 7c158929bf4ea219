import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { acquireWriterLock, lockFileOf } from './writer-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-writer-lock-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite writer lock', () => {
  it('refuses a second writer while the first process lives, naming it', async () => {
    const db = join(dir, 'busy.db');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      writeFileSync(lockFileOf(db), JSON.stringify({ pid: other.pid, since: '2026-11-29T06:00:00.000Z' }));
      assert.throws(() => acquireWriterLock(db), new RegExp(`another Marsad process \\(pid ${other.pid}, since 2026-11-29T06:00:00.000Z\\)`));
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a process that died, and removes it on release', async () => {
    const db = join(dir, 'stale.db');
    const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(lockFileOf(db), JSON.stringify({ pid: dead.pid, since: '2026-11-29T06:00:00.000Z' }));
    const lease = acquireWriterLock(db);
    assert.ok(existsSync(lockFileOf(db)));
    await lease.release();
    assert.ok(!existsSync(lockFileOf(db)));
  });

  it('an in-memory database needs no lock', async () => {
    await acquireWriterLock(':memory:').release();
  });
});
