// marsad entity ID|NAME [--db D] [--json]: one entity with its variants, roles, mention timeline,
// co-mentioned entities, articles and quotes. A NAME (any spelling) picks the most mentioned match.
import { MarsadError } from '../../core/errors.ts';
import { openArchive } from '../archive.ts';
import { dbFlag, parse } from '../args.ts';
import { printJson, printLine } from '../output.ts';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { db: { type: 'string' }, json: { type: 'boolean', default: false } },
    'marsad entity ID|NAME [--db D] [--json]');
  if (positionals.length === 0) throw new MarsadError('usage', 'marsad entity wants an entity id or a name (usage: marsad entity ID|NAME [--db D] [--json])');
  const wanted = positionals.join(' ');
  const store = await openArchive(dbFlag(values.db));
  try {
    const entity = (await store.getEntity(wanted)) ?? (await store.listEntities({ name: wanted, limit: 1 })).items[0];
    if (!entity) throw new MarsadError('not_found', `no entity with id or name ${JSON.stringify(wanted)}`);
    const [articles, timeline, coMentioned, quotesBy, quotesAbout] = await Promise.all([
      store.entityArticles(entity.id, { limit: 50 }), store.entityTimeline(entity.id), store.coMentions(entity.id, 10),
      store.listQuotes({ entityId: entity.id, limit: 20 }), store.listQuotes({ aboutEntityId: entity.id, limit: 20 }),
    ]);
    if (values.json) {
      printJson({ ...entity, timeline, coMentioned, articles: articles.items, quotesBy: quotesBy.items, quotesAbout: quotesAbout.items });
      return 0;
    }
    printLine(`${entity.canonical}  [${entity.id}]  ${entity.type}, ${entity.mentions} mentions in ${entity.articles} articles`);
    if (entity.variants.length) printLine(`  variants: ${entity.variants.join('، ')}`);
    if (entity.roles.length) printLine(`  roles: ${entity.roles.join('، ')}`);
    for (const a of articles.items.slice(0, 10)) printLine(`  ${a.publishedAt?.slice(0, 10) ?? ''} ${a.title}`);
    return 0;
  } finally {
    await store.close();
  }
}
