// A record's author field is a credit of its own, written every way: `لندن: رنيم الأحمد`,
// `خالد الصبحي (جدة)`, `الرياض - واس`, `بقلم: فلان | Mon, 2015-08-10`, `«الاقتصادية» من الرياض`,
// `صنعاء: فلان  عدن: فلان`. Names in it are authors; outlets, agencies, desks and places are not.
import { toDisplay } from '../../text/index.ts';
import { type Credit, type CreditContext, readCredit } from './credit.ts';
import { matchKey } from './match.ts';

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&nbsp;': ' ', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
const HTML_ENTITY = /&(?:nbsp|amp|quot|apos|#39);/g;
// Several credits in one field: `صنعاء: فلان  عدن: فلان`, `الرس - فلان / تصوير - فلان`, `… | date`.
// Tabs and runs of spaces are looked for before the display profile collapses them. A run of
// spaces only separates two credits when a credit follows (`صنعاء: فلان  عدن: فلان`); inside a
// name (`محمد أحمد  الغامدي`) it is a typing slip.
const CREDIT_BREAK = /\s*\|\s*|\s+\/\s+|\t+|\s{2,}/;
const SPACE_BREAK = /^[\t ]+$/;
const CREDIT_MARK = /[:\-–—(]/;
// `سعد الراشد من جدة`: a name, then `من` and the place it was filed from (one or two words).
const FILED_FROM = /^(.+?)\s+من\s+(\S+(?:\s\S+)?)$/;
const LATIN_TIME_STAMP = /[A-Za-z]{3,}.*\d|\d.*[A-Za-z]{3,}/;

function decodeEntities(text: string): string {
  return text.replace(HTML_ENTITY, (entity) => HTML_ENTITIES[entity] ?? entity);
}

export function cleanAuthorField(author: string): string {
  return toDisplay(decodeEntities(author)).replace(/\n+/g, ' ').trim();
}

function splitCredits(field: string): string[] {
  const parts: string[] = [];
  let rest = field;
  for (let match = CREDIT_BREAK.exec(rest); match; match = CREDIT_BREAK.exec(rest)) {
    const before = rest.slice(0, match.index);
    const after = rest.slice(match.index + match[0].length);
    const nextPart = after.split(CREDIT_BREAK)[0];
    if (SPACE_BREAK.test(match[0]) && !CREDIT_MARK.test(nextPart)) {
      rest = `${before} ${after}`;
      continue;
    }
    parts.push(before);
    rest = after;
  }
  parts.push(rest);
  return parts;
}

/** Reads a record's author field; `undefined` when nothing in it is a credit. */
export function readAuthorField(author: string, context: CreditContext): Credit | undefined {
  const merged: Credit = { places: [], persons: [], outlets: [] };
  let found = false;
  for (const rawPart of splitCredits(decodeEntities(author).trim())) {
    const part = toDisplay(rawPart).replace(/\n+/g, ' ');
    // A part in Latin letters is a time stamp (`Tuesday, 11 August 2015 - 16:10 pm`), not a name.
    if (part.length === 0 || LATIN_TIME_STAMP.test(part)) continue;
    const filed = FILED_FROM.exec(part);
    const credit = readCredit(filed ? `${filed[1]} - ${filed[2]}` : part, 'field', context);
    if (!credit) continue;
    found = true;
    merged.places.push(...credit.places);
    merged.persons.push(...credit.persons);
    merged.outlets.push(...credit.outlets);
    merged.agency ??= credit.agency;
  }
  return found ? merged : undefined;
}

/** Authors from every source, once each (compared through the match key), in order of appearance. */
export function mergeAuthors(...lists: ReadonlyArray<readonly string[]>): string[] {
  const authors: string[] = [];
  const keys: string[] = [];
  for (const list of lists) {
    for (const name of list) {
      const key = matchKey(name);
      if (key.length === 0 || keys.some((seen) => seen === key || seen.includes(key) || key.includes(seen))) continue;
      keys.push(key);
      authors.push(name);
    }
  }
  return authors;
}
