// marsad extract FILE… [--format auto|text|html] [--url URL]
// Extract + analyse, no database. One document: the Article as JSON. Several: one Article JSON per
// line, each with `file` (the input path). `-` reads stdin.
import { MarsadError } from '../../core/errors.ts';
import type { Article } from '../../core/types.ts';
import { readSources, type InputFormat } from '../../ingest/sources.ts';
import { processDocument } from '../../pipeline/process.ts';
import { parse } from '../args.ts';
import { printJson, warn } from '../output.ts';

const USAGE = 'marsad extract FILE… [--format auto|text|html] [--url URL]';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', default: 'auto' },
    url: { type: 'string' },
    source: { type: 'string' },
  }, USAGE);
  if (positionals.length === 0) throw new MarsadError('usage', `nothing to extract (usage: ${USAGE})`);
  if (!['auto', 'text', 'html'].includes(values.format as string)) {
    throw new MarsadError('usage', `--format wants auto, text or html, got ${JSON.stringify(values.format)}`);
  }
  if (values.url && positionals.length > 1) throw new MarsadError('usage', '--url names the page of a single FILE');

  let pending: { article: Article; file: string } | undefined;
  let lineMode = positionals.length > 1;
  let printed = 0;
  let failed = 0;
  const emitLine = (article: Article, file: string) => { printJson({ file, ...article }, false); printed++; };

  for await (const item of readSources(positionals, { format: values.format as InputFormat, source: values.source })) {
    if (item.kind === 'rejected') { warn(item.error.message); failed++; continue; }
    const document = values.url ? { ...item.document, url: values.url } : item.document;
    let article: Article;
    try {
      article = processDocument(document);
    } catch (error) {
      if (!(error instanceof MarsadError)) throw error;
      warn(error.message);
      failed++;
      continue;
    }
    if (lineMode) { emitLine(article, document.origin); continue; }
    if (pending) {
      lineMode = true;
      emitLine(pending.article, pending.file);
      pending = undefined;
      emitLine(article, document.origin);
    } else {
      pending = { article, file: document.origin };
    }
  }
  if (pending) { printJson(pending.article); printed++; }
  return printed === 0 && failed > 0 ? 2 : 0;
}
