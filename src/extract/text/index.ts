// Scraped page text → headline, section, standfirst, dateline, authors, body paragraphs.
// The stages run in this order, and the order matters:
//   1. display profile, one line per paragraph;
//   2. site furniture out (it can sit above the headline and below the body);
//   3. the head: section label, headline (printed twice on many pages) or the record's title;
//   4. the lead: standfirst, byline lines, and the dateline opening the first paragraph —
//      read after the head, so a headline is never taken for a byline;
//   5. hard-wrapped body lines joined — only the body, so a headline is never glued to the lede;
//   6. the record's author field, for authors and (when the text has none) the dateline.
import type { Diagnostic } from '../../core/types.ts';
import { toDisplay } from '../../text/index.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { cleanAuthorField, mergeAuthors, readAuthorField } from './byline.ts';
import { type CreditContext, datelineOf } from './credit.ts';
import { readHead, splitTitleHint } from './head.ts';
import { readLead } from './lead.ts';
import { joinWrappedLines, toLines } from './lines.ts';
import { LEXICON, matchKey } from './match.ts';

export interface TextHints { title?: string; author?: string; source?: string; url?: string; publishedAt?: string }

export interface ExtractedText {
  section?: string;
  title: string;
  standfirst?: string;
  /** Where the story was filed, with the agency in brackets when the text names one: `القاهرة (رويترز)`. */
  dateline?: string;
  /** The agency named in the dateline or byline (`رويترز`, `واس`, `أ ف ب`). */
  agency?: string;
  authors: string[];
  /** Body paragraphs in display text, dateline prefix removed from the first paragraph. */
  paragraphs: string[];
  /** Only if found in the text itself (a date line or a dated dateline); ISO 8601 date. */
  publishedAt?: string;
  diagnostics: Diagnostic[];
}

export function extractScrapedText(text: string, hints: TextHints = {}): ExtractedText {
  const diagnostics: Diagnostic[] = [];
  const context: CreditContext = { lexicon: LEXICON, outletKey: hints.source ? matchKey(hints.source) : undefined };
  const lines = removeBoilerplate(toLines(toDisplay(text)), context.lexicon, diagnostics);

  const titleHint = hints.title ? splitTitleHint(toDisplay(hints.title).replace(/\n+/g, ' '), context) : undefined;
  const head = readHead(lines, titleHint?.title, context, diagnostics);
  const authorHint = hints.author ? cleanAuthorField(hints.author) : undefined;
  const lead = readLead(lines, head.next, authorHint, context, diagnostics);

  const body = lines.slice(lead.next);
  if (lead.firstParagraph !== undefined) body[0] = lead.firstParagraph;
  const wrapped = joinWrappedLines(body);
  if (wrapped.joined) diagnostics.push({ code: 'extract.wrapped_lines_joined', severity: 'info', stage: 'extract', message: 'hard-wrapped lines joined into paragraphs' });
  const paragraphs = wrapped.lines;
  if (paragraphs.length === 0) diagnostics.push({ code: 'extract.no_body', severity: 'warning', stage: 'extract', message: 'no body paragraphs left after extraction' });

  const field = hints.author ? readAuthorField(hints.author, context) : undefined;
  const textCredit = lead.credits.find((credit) => credit.places.length > 0 || credit.agency);
  let dateline = textCredit ? datelineOf(textCredit) : undefined;
  // An agency alone in the author field (`الصدى - rt`) says who wrote it, not where: no dateline.
  if (!dateline && field && field.places.length > 0) {
    dateline = datelineOf(field);
    if (dateline) diagnostics.push({ code: 'extract.dateline_from_author_field', severity: 'info', stage: 'extract', message: 'dateline taken from the author field' });
  }
  const agency = textCredit?.agency ?? lead.credits.find((credit) => credit.agency)?.agency ?? field?.agency;
  const authors = mergeAuthors(field?.persons ?? [], ...lead.credits.map((credit) => credit.persons));
  const publishedAt = head.publishedAt ?? lead.publishedAt ?? lead.credits.find((credit) => credit.date)?.date?.iso;

  return {
    section: head.section ?? titleHint?.section,
    title: head.title,
    standfirst: lead.standfirst,
    dateline,
    agency,
    authors,
    paragraphs,
    publishedAt,
    diagnostics,
  };
}
