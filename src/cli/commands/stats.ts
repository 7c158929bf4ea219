// marsad stats [--db D] [--json]: counts of what the archive holds.
import { openArchive } from '../archive.ts';
import { dbFlag, parse } from '../args.ts';
import { printJson, printLine } from '../output.ts';

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, { db: { type: 'string' }, json: { type: 'boolean', default: false } }, 'marsad stats [--db D] [--json]');
  const store = await openArchive(dbFlag(values.db));
  try {
    const stats = await store.stats();
    if (values.json) printJson(stats);
    else for (const [key, value] of Object.entries(stats)) printLine(`${key.padEnd(14)} ${value}`);
    return 0;
  } finally {
    await store.close();
  }
}
