// marsad entities [--type PER|ORG|LOC|MISC] [--name NAME] [--db D] [--limit N] [--json]: the most
// mentioned entities, with their variants and roles.
import { MarsadError } from '../../core/errors.ts';
import { openArchive } from '../archive.ts';
import { dbFlag, intFlag, parse } from '../args.ts';
import { printJson, printLine } from '../output.ts';

export const ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    db: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' }, limit: { type: 'string' },
    offset: { type: 'string' }, json: { type: 'boolean', default: false },
  }, 'marsad entities [--type PER|ORG|LOC|MISC] [--name NAME] [--db D] [--limit N] [--json]');
  const type = values.type?.toUpperCase();
  if (type && !ENTITY_TYPES.has(type)) throw new MarsadError('usage', `--type wants PER, ORG, LOC or MISC, got ${JSON.stringify(values.type)}`);
  const store = await openArchive(dbFlag(values.db));
  try {
    const page = await store.listEntities({
      type, name: values.name, limit: intFlag(values.limit, 'limit', 50, 1, 1000), offset: intFlag(values.offset, 'offset', 0, 0, 1_000_000),
    });
    if (values.json) {
      printJson({ total: page.total, entities: page.items });
      return 0;
    }
    for (const e of page.items) printLine(`${String(e.mentions).padStart(6)}  ${e.type.padEnd(4)} ${e.canonical}  [${e.id}]`);
    return 0;
  } finally {
    await store.close();
  }
}
