import { after, describe } from 'node:test';
import { join } from 'node:path';
import { tempDir } from '../../../test/helpers.ts';
import { runAlertStoreContract } from '../alerts-contract.ts';
import { SqliteStore } from './sqlite-store.ts';

describe('SQLite alert store', () => {
  const dir = tempDir('marsad-alerts-');
  let counter = 0;
  after(() => dir.cleanup());
  // A file, not :memory:, so reads go through the reader connection as they do in use.
  runAlertStoreContract('SQLite', async () => new SqliteStore(join(dir.path, `alerts-${counter++}.db`)));
});
