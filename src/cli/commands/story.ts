// marsad story ID [--db D] [--json]: one story with its articles across outlets in time order.
import { MarsadError } from '../../core/errors.ts';
import { openArchive } from '../archive.ts';
import { dbFlag, parse } from '../args.ts';
import { printJson, printLine } from '../output.ts';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { db: { type: 'string' }, json: { type: 'boolean', default: false } },
    'marsad story ID [--db D] [--json]');
  if (positionals.length !== 1) throw new MarsadError('usage', 'marsad story wants one story ID (usage: marsad story ID [--db D] [--json])');
  const store = await openArchive(dbFlag(values.db));
  try {
    const story = await store.getStory(positionals[0]);
    if (!story) throw new MarsadError('not_found', `no story with id ${JSON.stringify(positionals[0])}`);
    const articles = story.articles.map((a) => ({ ...a, url: a.url ?? null, source: a.source ?? null, publishedAt: a.publishedAt ?? null, duplicateOf: a.duplicateOf ?? null }));
    if (values.json) {
      printJson({ ...story, firstPublisher: articles[0]?.source ?? null, articles });
      return 0;
    }
    printLine(`${story.title}  [${story.id}]`);
    for (const a of articles) {
      printLine(`  ${a.publishedAt?.slice(0, 16) ?? ''}  ${a.source ?? '?'}  ${a.title}${a.duplicateOf ? `  (copy of ${a.duplicateOf})` : ''}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
