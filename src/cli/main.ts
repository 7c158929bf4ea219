// The marsad command line. Each command is one file in ./commands exporting
// `run(args): Promise<number>` (the exit code); `marsad eval X` runs ./commands/eval-X.ts.
// A MarsadError is the user's problem: one line on stderr, exit 2. Anything else is ours: exit 1.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MarsadError } from '../core/errors.ts';
import { MODULE_EXTENSION } from '../core/runtime.ts';
import { HelpRequested } from './args.ts';
import { keepHeapsCompact } from './heap.ts';
import { reportResourcesAtExit } from './resource-report.ts';
import { warn } from './output.ts';

const HELP = `marsad — an Arabic news observatory

usage: marsad COMMAND [options]

  ingest PATH|URL…    files, directories, zips, JSON/JSONL, WARC, - (stdin), article URLs,
                      feeds and sitemaps into the archive (--allow-private, --delay MS, --since DATE)
  watch               poll outlets' feeds and sitemaps and ingest what is new (--sources FILE, --interval 10m)
  extract FILE…       extract + analyse without a database; prints Article JSON
  search QUERY        Arabic-aware search (--json, --limit, --source, --from, --to)
  show ID             one stored article as JSON, with duplicateOf, storyId and related[]
  stories             story clusters (--since DATE, --json); story ID shows one
  entities            the most mentioned people, organisations, places (--type, --name, --json)
  entity ID|NAME      one entity: variants, roles, timeline, articles, quotes
  quotes              who said what (--speaker NAME, --entity ID, --json)
  alert ACTION        saved searches with a feed and webhook: add NAME --query Q, list, remove NAME, check
  stats --json        counts
  serve               the web reader and JSON API (--host, --port)
  export              articles, entities or quotes as JSONL, CSV or CoNLL; fetched pages as WARC
  worker              take queued ingest jobs from a PostgreSQL database (--until-idle)
  migrate             move an archive: --from marsad.db --to postgres://…
  eval KIND           quality evaluations (extract, ner, names)

Every command takes --db PATH (default $MARSAD_DB, else ./marsad.db).
`;

type Command = { run(args: string[]): Promise<number> };

function commandFile(name: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return undefined;
  const path = fileURLToPath(new URL(`./commands/${name}${MODULE_EXTENSION}`, import.meta.url));
  return existsSync(path) ? path : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  let file = commandFile(name);
  let args = rest;
  if (name === 'eval') {
    const [kind, ...evalArgs] = rest;
    file = kind ? commandFile(`eval-${kind}`) : undefined;
    if (!file) throw new MarsadError('usage', `marsad eval wants one of: extract, ner, names (got ${JSON.stringify(kind ?? '')})`);
    args = evalArgs;
  }
  if (!file) throw new MarsadError('usage', `unknown command ${JSON.stringify(name)}; run marsad --help`);
  const command = (await import(file)) as Command;
  return command.run(args);
}

keepHeapsCompact();
reportResourcesAtExit();
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof HelpRequested) {
    process.stdout.write(`usage: ${error.usage}\n`);
    process.exitCode = 0;
  } else if (error instanceof MarsadError) {
    warn(error.message);
    process.exitCode = 2;
  } else {
    warn(`internal error: ${(error as Error)?.message ?? String(error)}`);
    if (process.env.MARSAD_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
