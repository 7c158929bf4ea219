// marsad stories [--db D] [--since DATE] [--limit N] [--json]: story clusters, largest first, each
// with its articles (id, url, source, publishedAt, duplicateOf) in time order.
import { openArchive } from '../archive.ts';
import { dbFlag, intFlag, parse } from '../args.ts';
import { printJson, printLine } from '../output.ts';

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    db: { type: 'string' }, since: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean', default: false },
  }, 'marsad stories [--db D] [--since DATE] [--limit N] [--json]');
  const limit = intFlag(values.limit, 'limit', 50, 1, 1000);
  const store = await openArchive(dbFlag(values.db));
  try {
    const page = await store.listStories({ since: values.since, limit });
    const stories = [];
    for (const summary of page.items) {
      const story = await store.getStory(summary.id);
      if (story) stories.push(story);
    }
    if (values.json) {
      printJson({
        total: page.total,
        stories: stories.map((s) => ({
          ...s,
          articles: s.articles.map((a) => ({ ...a, url: a.url ?? null, source: a.source ?? null, publishedAt: a.publishedAt ?? null, duplicateOf: a.duplicateOf ?? null })),
        })),
      });
      return 0;
    }
    printLine(`${page.total} stories`);
    for (const story of stories) {
      printLine('');
      printLine(`${story.title}  [${story.id}]`);
      printLine(`  ${story.size} articles from ${story.sources.length} outlets · ${story.firstSeen.slice(0, 10)} → ${story.lastSeen.slice(0, 10)}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
