// marsad migrate --from marsad.db --to postgres://…
// Moves a SQLite archive into an empty PostgreSQL database in one transaction (all or nothing);
// afterwards `marsad stats --json` gives the same counts on both. Prints
// `migrated articles N rawDocuments R entities E mentions M quotes Q stories S`.
import { MarsadError } from '../../core/errors.ts';
import { isPostgresUrl } from '../../store/open.ts';
import { importSqlite } from '../../store/postgres/import-sqlite.ts';
import { PostgresStore } from '../../store/postgres/postgres-store.ts';
import { parse } from '../args.ts';
import { printLine } from '../output.ts';

const USAGE = 'marsad migrate --from marsad.db --to postgres://…';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { from: { type: 'string' }, to: { type: 'string' } }, USAGE);
  if (positionals.length > 0) throw new MarsadError('usage', `unexpected ${JSON.stringify(positionals[0])} (usage: ${USAGE})`);
  if (!values.from || !values.to) throw new MarsadError('usage', `--from and --to are both needed (usage: ${USAGE})`);
  if (isPostgresUrl(values.from)) throw new MarsadError('usage', `--from is a SQLite archive file (usage: ${USAGE})`);
  if (!isPostgresUrl(values.to)) throw new MarsadError('usage', `--to is a postgres:// URL (usage: ${USAGE})`);

  const target = await PostgresStore.open(values.to);
  try {
    const summary = await importSqlite(values.from, target);
    printLine(`migrated ${Object.entries(summary).map(([key, n]) => `${key} ${n}`).join(' ')}`);
    return 0;
  } finally {
    await target.close();
  }
}
