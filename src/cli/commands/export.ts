// marsad export --format jsonl|csv|conll|warc [--what articles|entities|quotes] [--db D] [--out FILE]
//   [--source S] [--from DATE] [--to DATE] [--excel]
// The archive out, for corpora and spreadsheets: one JSON object a line, CSV (RFC 4180, a header
// row), or CoNLL (one token a line with its BIO entity tag, a blank line between sentences) for
// training and evaluating entity recognisers. WARC writes the stored pages that came from a URL,
// for web-archive tools (`--out x.warc.gz` gzips). With --out, the file appears only when complete.
// --excel shapes a CSV for spreadsheets: a UTF-8 byte order mark, and formula-like cells made text.
import { createWriteStream, readFileSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename } from 'node:path';
import { MarsadError } from '../../core/errors.ts';
import type { Article } from '../../core/types.ts';
import { writeWarc } from '../../crawl/warc/writer.ts';
import type { ListOptions, Store } from '../../store/port.ts';
import { segment } from '../../text/index.ts';
import { openArchive } from '../archive.ts';
import { dbFlag, parse } from '../args.ts';
import { warn } from '../output.ts';

const USAGE = 'marsad export --format jsonl|csv|conll|warc [--what articles|entities|quotes] [--db D] [--out FILE] [--source S] [--from DATE] [--to DATE] [--excel]';
const FORMATS = ['jsonl', 'csv', 'conll', 'warc'] as const;
const WHATS = ['articles', 'entities', 'quotes'] as const;
const PAGE = 500;

type Row = Record<string, unknown>;

// ── CSV ─────────────────────────────────────────────────────────────────────────────────────

const CSV_COLUMNS: Record<(typeof WHATS)[number], string[]> = {
  articles: ['id', 'url', 'source', 'section', 'title', 'standfirst', 'dateline', 'authors', 'publishedAt', 'firstSeenAt',
    'language', 'duplicateOf', 'storyId', 'entities', 'quotes', 'text'],
  entities: ['id', 'type', 'canonical', 'variants', 'roles', 'mentions', 'articles', 'firstSeen', 'lastSeen'],
  quotes: ['articleId', 'articleTitle', 'source', 'publishedAt', 'speaker', 'speakerEntityId', 'speakerCanonical', 'direct', 'cue',
    'start', 'end', 'text'],
};

/** A list inside one cell: its items joined by " | " (a character Arabic text rarely uses). */
const LIST_SEPARATOR = ' | ';

/**
 * For a spreadsheet (--excel): a cell that starts like a formula (= + - @, or a tab or CR) gets a
 * leading apostrophe, which Excel and LibreOffice show as text: a title "=HYPERLINK(…)" must not
 * run, and a text starting "- " must not read as #NAME?. Off by default: it changes the data.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Excel reads a CSV as the system's code page unless it starts with a UTF-8 byte order mark. */
export const UTF8_BOM = '\uFEFF';

export function csvCell(value: unknown, spreadsheet = false): string {
  if (value === undefined || value === null) return '';
  const given = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  const text = spreadsheet && FORMULA_START.test(given) ? `'${given}` : given;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(cells: unknown[], spreadsheet = false): string {
  return `${cells.map((cell) => csvCell(cell, spreadsheet)).join(',')}\r\n`;
}

function csvRow(what: (typeof WHATS)[number], row: Row, spreadsheet: boolean): string {
  if (what === 'articles') {
    const a = row as unknown as Article;
    return csvLine(CSV_COLUMNS.articles.map((column) => column === 'entities' ? a.entities?.length ?? 0
      : column === 'quotes' ? a.quotes?.length ?? 0 : (a as unknown as Row)[column]), spreadsheet);
  }
  if (what === 'quotes') {
    const speaker = (row.speaker ?? {}) as Row;
    return csvLine(CSV_COLUMNS.quotes.map((column) => column === 'speaker' ? speaker.text
      : column === 'speakerEntityId' ? speaker.entityId : column === 'speakerCanonical' ? speaker.canonical : row[column]), spreadsheet);
  }
  return csvLine(CSV_COLUMNS[what].map((column) => row[column]), spreadsheet);
}

// ── CoNLL ───────────────────────────────────────────────────────────────────────────────────

const SENTENCE_END = new Set(['.', '!', '?', '؟']);
/** Closing marks that belong to the sentence a full stop just ended: «قال: "انتهى."» */
const CLOSERS = new Set(['”', '"', '»', ')', '’', "'"]);

/**
 * The document separator, carrying the article id so a token can be traced back to its article:
 * `-DOCSTART-(id) O`. Still two fields, and still a line readers that skip `-DOCSTART-` lines skip.
 */
export function docStart(id: string): string {
  return `-DOCSTART-(${id.replace(/\s+/g, '_')}) O`;
}

/** One token a line with its BIO tag (B-PER, I-ORG, O…); a blank line ends each sentence. */
export function conllLines(article: Article): string {
  const tokens = segment(article.text).filter((s) => s.kind !== 'space' || s.text.includes('\n\n'));
  const mentions = [...(article.entities ?? [])].filter((m) => m.start < m.end).sort((a, b) => a.start - b.start);
  let out = '';
  let inSentence = false;
  let previousMention = -1;
  let next = 0;
  let endPending = false;
  const endSentence = () => {
    if (inSentence) out += '\n';
    inSentence = false;
    endPending = false;
  };
  for (const token of tokens) {
    if (token.kind === 'space') { endSentence(); continue; }
    if (endPending && !CLOSERS.has(token.text)) endSentence();
    // A token is tagged when it overlaps a mention: "للأمم" carries the entity that starts inside it.
    while (next < mentions.length && mentions[next].end <= token.start) next++;
    const index = next < mentions.length && mentions[next].start < token.end ? next : -1;
    const tag = index === -1 ? 'O' : `${index === previousMention ? 'I' : 'B'}-${mentions[index].type}`;
    previousMention = index;
    out += `${token.text} ${tag}\n`;
    inSentence = true;
    if (SENTENCE_END.has(token.text)) endPending = true;
  }
  endSentence();
  return out;
}

// ── Reading the archive in pages ───────────────────────────────────────────────────────────

async function* rowsOf(store: Store, what: (typeof WHATS)[number], filters: ListOptions): AsyncGenerator<Row> {
  for (let offset = 0; ; offset += PAGE) {
    if (what === 'articles') {
      const page = await store.listArticles({ ...filters, limit: PAGE, offset });
      for (const summary of page.items) {
        const article = await store.getArticle(summary.id);
        if (article) yield article as unknown as Row;
      }
      if (page.items.length < PAGE) return;
    } else {
      const page = what === 'entities' ? await store.listEntities({ limit: PAGE, offset }) : await store.listQuotes({ limit: PAGE, offset });
      for (const item of page.items) yield item as unknown as Row;
      if (page.items.length < PAGE) return;
    }
  }
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return stream.write(text) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()));
}

function closeFile(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' }, what: { type: 'string', default: 'articles' }, db: { type: 'string' }, out: { type: 'string' },
    source: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, excel: { type: 'boolean' },
  }, USAGE);
  const format = values.format as (typeof FORMATS)[number];
  const what = values.what as (typeof WHATS)[number];
  if (positionals.length > 0) throw new MarsadError('usage', `unexpected argument ${JSON.stringify(positionals[0])} (usage: ${USAGE})`);
  if (!FORMATS.includes(format)) throw new MarsadError('usage', `--format wants jsonl, csv, conll or warc, got ${JSON.stringify(values.format ?? '')}`);
  if (!WHATS.includes(what)) throw new MarsadError('usage', `--what wants articles, entities or quotes, got ${JSON.stringify(what)}`);
  if (format === 'conll' && what !== 'articles') throw new MarsadError('usage', '--format conll exports articles (tokens with entity tags)');
  if (format === 'warc' && (what !== 'articles' || values.source || values.from || values.to)) {
    throw new MarsadError('usage', '--format warc exports every stored page that came from a URL; --what, --source, --from and --to do not apply');
  }
  if (values.excel && format !== 'csv') throw new MarsadError('usage', '--excel shapes a CSV for spreadsheets; it goes with --format csv');
  if (what !== 'articles' && (values.source || values.from || values.to)) {
    throw new MarsadError('usage', '--source, --from and --to filter articles only');
  }

  const store = await openArchive(dbFlag(values.db));
  const partial = values.out ? `${values.out}.partial-${process.pid}` : undefined;
  const file = partial ? createWriteStream(partial) : undefined;
  const out: NodeJS.WritableStream = file ?? process.stdout;
  let count = 0;
  try {
    if (format === 'warc') {
      const gzip = values.out?.toLowerCase().endsWith('.gz') ?? false;
      const result = await writeWarc(store.rawDocuments({ withUrlOnly: true }), out,
        { gzip, software: `marsad/${packageVersion()}`, filename: values.out ? basename(values.out) : undefined });
      count = result.records;
    } else {
      if (format === 'csv') await write(out, `${values.excel ? UTF8_BOM : ''}${csvLine(CSV_COLUMNS[what])}`);
      for await (const row of rowsOf(store, what, { source: values.source, from: values.from, to: values.to })) {
        if (format === 'jsonl') await write(out, `${JSON.stringify(row)}\n`);
        else if (format === 'csv') await write(out, csvRow(what, row, values.excel === true));
        else await write(out, `${docStart((row as unknown as Article).id)}\n\n${conllLines(row as unknown as Article)}`);
        count++;
      }
    }
    if (file && partial && values.out) {
      await closeFile(file);
      renameSync(partial, values.out);
      warn(`exported ${count} ${format === 'warc' ? 'pages' : what} to ${values.out}`);
    }
    return 0;
  } catch (error) {
    if (file && partial) {
      file.destroy();
      rmSync(partial, { force: true });
    }
    throw error;
  } finally {
    await store.close();
  }
}
