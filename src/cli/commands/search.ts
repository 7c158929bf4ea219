// marsad search QUERY [--db D] [--limit N] [--offset N] [--source S] [--from DATE] [--to DATE] [--json]
// Prints {"total": N, "hits": [{id, title, source, publishedAt, score, snippet}]} with --json, else
// a readable list. Several positionals are one query (`marsad search حكومة الوفاق`).
import { MarsadError } from '../../core/errors.ts';
import { searchArchive } from '../../search/service.ts';
import { openArchive } from '../archive.ts';
import { dbFlag, intFlag, parse } from '../args.ts';
import { printJson, printLine } from '../output.ts';

const USAGE = 'marsad search QUERY [--db D] [--limit N] [--source S] [--from DATE] [--to DATE] [--json]';

function plain(snippet: string): string {
  return snippet.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const VALUE_FLAGS = new Set(['--db', '--limit', '--offset', '--source', '--from', '--to']);

/**
 * `-word` excludes a word, so a query may start with a dash: such words are query text, not flags.
 * Only our own flags (and their values) are handed to the flag parser.
 */
function splitQueryWords(args: string[]): { flags: string[]; words: string[] } {
  const flags: string[] = [];
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const name = arg.split('=')[0];
    if (arg === '--') { words.push(...args.slice(i + 1)); break; }
    if (VALUE_FLAGS.has(name)) { flags.push(arg); if (!arg.includes('=') && i + 1 < args.length) flags.push(args[++i]); }
    else if (name === '--json' || (arg.startsWith('--') && arg.length > 2)) flags.push(arg);
    else words.push(arg);
  }
  return { flags, words };
}

export async function run(args: string[]): Promise<number> {
  const { flags, words } = splitQueryWords(args);
  const { values } = parse(flags, {
    db: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, source: { type: 'string' },
    from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean', default: false },
  }, USAGE);
  const input = words.join(' ');
  if (input.trim().length === 0) throw new MarsadError('usage', `an empty query (usage: ${USAGE})`);
  const limit = intFlag(values.limit, 'limit', 10, 0, 1000);
  const offset = intFlag(values.offset, 'offset', 0, 0, 1_000_000);
  const store = await openArchive(dbFlag(values.db));
  try {
    const result = await searchArchive(store, input, { limit, offset, source: values.source, from: values.from, to: values.to });
    if (values.json) {
      printJson({
        total: result.total,
        hits: result.hits.map((h) => ({ id: h.id, title: h.title, source: h.source ?? null, publishedAt: h.publishedAt ?? null, score: h.score, snippet: h.snippet, url: h.url ?? null })),
      });
      return 0;
    }
    printLine(`${result.total} result${result.total === 1 ? '' : 's'}`);
    for (const hit of result.hits) {
      printLine('');
      printLine(`${hit.title}  [${hit.id}]`);
      printLine(`  ${[hit.source, hit.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}`);
      printLine(`  ${plain(hit.snippet)}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
