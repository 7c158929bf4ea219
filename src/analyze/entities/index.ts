// Entities: who and what an article names, and which mentions are one entity.
//   recognizer.ts  text → mentions (two-pass tagger, document consistency)
//   resolve.ts     mentions → entityId + canonical (variants, partial names, acronyms)
//   names.ts       sameName / nameScore / entityKey for name variants across the archive
import type { Article, EntityMention } from '../../core/types.ts';
import { EntityRecognizer } from './recognizer.ts';
import { resolveMentions } from './resolve.ts';
import { isUntracked } from './untracked.ts';

export { EntityRecognizer } from './recognizer.ts';
export { resolveMentions, resolveNames, canonicalName, type ArchiveEntity } from './resolve.ts';
export { CommonWords } from './common-words.ts';
export { sameName, nameScore, compareNames, entityKey, isPartOfName, nameSkeleton, prepareName, wordSkeleton } from './names.ts';

/**
 * The process-wide recogniser, made on first call (reading the model is the expensive part).
 * Pass your own EntityRecognizer to recognizeEntities to avoid it.
 */
export function defaultRecognizer(): EntityRecognizer {
  return (defaultInstance ??= new EntityRecognizer());
}
let defaultInstance: EntityRecognizer | undefined;

/**
 * Mentions in article.text with entityId, canonical and (for people) role, resolved within the
 * article; names not tracked as entities (untracked.ts: الله) left out.
 */
export function recognizeEntities(article: Article, recognizer: EntityRecognizer = defaultRecognizer()): EntityMention[] {
  if (!article.text) return [];
  const tracked = recognizer.recognize(article.text).filter((mention) => !isUntracked(mention.text));
  return resolveMentions(tracked, recognizer.commonWords());
}
