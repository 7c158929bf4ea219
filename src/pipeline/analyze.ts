// The analysis stages, in order. The order matters:
//   1. entities first: quotes resolve their speakers to entity mentions;
//   2. quotes next: they use entities (and work without them, on the speaker's text);
//   3. dates and amounts are independent of the others.
// Each analyzer is a pure function of the article (and earlier annotations); this file only wires them.
import type { Article } from '../core/types.ts';
import { recognizeEntities } from '../analyze/entities/index.ts';
import { findAmounts } from '../analyze/amounts/index.ts';
import { findDates } from '../analyze/dates/index.ts';
import { findQuotes } from '../analyze/quotes/index.ts';

export type AnalysisStage = 'entities' | 'quotes' | 'dates' | 'amounts';

export interface AnalyzeOptions {
  /** Skip named stages, e.g. for a benchmark of extraction alone. */
  skip?: ReadonlySet<AnalysisStage>;
}

export function analyze(article: Article, options: AnalyzeOptions = {}): Article {
  const skip = options.skip;
  if (!skip?.has('entities')) article.entities = recognizeEntities(article);
  if (!skip?.has('quotes')) article.quotes = findQuotes(article.text, { entities: article.entities, title: article.title });
  // Relative dates (أمس، الخميس) resolve against the publication date, never against "now".
  if (!skip?.has('dates')) article.dates = findDates(article.text, { publishedAt: article.publishedAt });
  if (!skip?.has('amounts')) article.amounts = findAmounts(article.text);
  return article;
}
