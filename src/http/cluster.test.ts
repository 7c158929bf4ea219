// Several workers behind one port: every request is answered, and a worker that dies is replaced.
import assert from 'node:assert/strict';
import cluster from 'node:cluster';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startCluster, type RunningCluster } from './cluster.ts';
import { fillTestArchive } from './testing/archive.ts';

describe('serving on several workers', () => {
  let dir: string;
  let running: RunningCluster;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-cluster-'));
    await fillTestArchive(join(dir, 'cluster.db'));
    running = await startCluster({ db: join(dir, 'cluster.db'), host: '127.0.0.1', port: 0, workers: 2 });
  });
  after(async () => {
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('two workers share one port and answer every request', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) =>
      fetch(`http://127.0.0.1:${running.port}/search?q=${encodeURIComponent('أمطار')}&page=${1 + (i % 3)}`).then((r) => r.status)));
    assert.deepEqual([...new Set(answers)], [200]);
    assert.equal(Object.keys(cluster.workers ?? {}).length, 2);
  });

  it('a worker that dies is replaced, and the port keeps answering', async () => {
    const [first] = Object.values(cluster.workers ?? {});
    const replaced = new Promise<void>((done) => cluster.once('listening', () => done()));
    first!.process.kill('SIGKILL');
    await replaced;
    assert.equal(Object.keys(cluster.workers ?? {}).length, 2);
    assert.equal((await fetch(`http://127.0.0.1:${running.port}/`)).status, 200);
  });
});
