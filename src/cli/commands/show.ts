// marsad show ID [--db D]: one stored article as JSON, with its annotations.
import { MarsadError } from '../../core/errors.ts';
import { RelatedFinder } from '../../pipeline/related.ts';
import { openArchive } from '../archive.ts';
import { dbFlag, parse } from '../args.ts';
import { printJson } from '../output.ts';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { db: { type: 'string' } }, 'marsad show ID [--db D]');
  if (positionals.length !== 1) throw new MarsadError('usage', 'usage: marsad show ID [--db D]');
  const store = await openArchive(dbFlag(values.db));
  try {
    const article = await store.getArticle(positionals[0]);
    if (!article) throw new MarsadError('not_found', `no article with id ${JSON.stringify(positionals[0])}`);
    article.related = await new RelatedFinder(store).find(article);
    // duplicateOf and storyId are always present (null when none), so a program can rely on the keys.
    printJson({ ...article, duplicateOf: article.duplicateOf ?? null, storyId: article.storyId ?? null });
    return 0;
  } finally {
    await store.close();
  }
}
