// marsad quotes [--speaker NAME] [--entity ID] [--db D] [--limit N] [--json]: who said what,
// across the archive, newest first. NAME matches in any spelling (hamza, ة/ه, ى/ي, harakat).
import { openArchive } from '../archive.ts';
import { dbFlag, intFlag, parse } from '../args.ts';
import { printJson, printLine } from '../output.ts';

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    db: { type: 'string' }, speaker: { type: 'string' }, entity: { type: 'string' }, limit: { type: 'string' },
    offset: { type: 'string' }, json: { type: 'boolean', default: false },
  }, 'marsad quotes [--speaker NAME] [--entity ID] [--db D] [--limit N] [--json]');
  const store = await openArchive(dbFlag(values.db));
  try {
    const page = await store.listQuotes({
      speaker: values.speaker, entityId: values.entity,
      limit: intFlag(values.limit, 'limit', 50, 1, 1000), offset: intFlag(values.offset, 'offset', 0, 0, 1_000_000),
    });
    if (values.json) {
      printJson({ total: page.total, quotes: page.items });
      return 0;
    }
    printLine(`${page.total} quotes`);
    for (const q of page.items) {
      printLine('');
      printLine(`${q.speaker?.canonical ?? q.speaker?.text ?? '؟'} (${q.cue ?? ''}${q.direct ? '' : ', indirect'}): ${q.text}`);
      printLine(`  — ${q.articleTitle} [${q.articleId}]${q.source ? ` · ${q.source}` : ''}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
