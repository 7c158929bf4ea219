// marsad serve, run as a user runs it: a port that is taken is the same one clear line and exit
// code 2 whether one process serves or several workers do.
import assert from 'node:assert/strict';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runMarsad, tempDir } from '../../../test/helpers.ts';
import { fillTestArchive } from '../../http/testing/archive.ts';

describe('marsad serve on a port in use', () => {
  const dir = tempDir('marsad-serve-');
  const db = join(dir.path, 'serve.db');
  let taken: Server;
  let port: number;
  before(async () => {
    await fillTestArchive(db);
    taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    port = (taken.address() as AddressInfo).port;
  });
  after(() => {
    taken.close();
    dir.cleanup();
  });

  for (const workers of ['1', '2']) {
    it(`a port in use with --workers ${workers}: one line naming the port, exit code 2`, async () => {
      const run = await runMarsad(['serve', '--db', db, '--port', String(port), '--workers', workers]);
      assert.equal(run.code, 2, `exit code; stderr was:\n${run.stderr}`);
      assert.equal(run.stderr, `marsad: cannot listen on 127.0.0.1:${port}: the port is in use\n`);
      assert.equal(run.stdout, '');
    });
  }
});
