// A person named by part of their name takes the id and canonical name of the one full name the
// archive holds that it is part of, or of one far more mentioned than any other:
//   - a surname alone: السراج → فايز السراج (the same last word);
//   - the first words of a longer name: سلمان بن عبدالعزيز → سلمان بن عبدالعزيز آل سعود;
//   - a first and last name without the names between: عادل الجبير → عادل بن أحمد الجبير.
// Both stores apply it to a batch of new articles in order, each article seeing what the archive
// held when the batch began plus what the articles before it name (followed in memory), so the
// stories the ingest places (which read entity ids) and the articles stored agree, and SQLite and
// PostgreSQL give the same ids for the same input.
import { prepareName } from '../analyze/entities/index.ts';
import type { Article, EntityMention } from '../core/types.ts';
import { lastNameWord, nameKey } from './name-keys.ts';

/** A part goes to the most mentioned full name only when it has this many times the next one's mentions. */
const DOMINANT_NAME_FACTOR = 3;

/** A stored person the rule may choose: a full name (more than one name word) and how often it is mentioned. */
export interface StoredFullName {
  id: string;
  canonical: string;
  lastWord: string;
  mentions: number;
}

/** What the rule asks the archive, each store in its own SQL. */
export interface PartialNameLookup {
  /** Which of these entity ids the archive holds. */
  storedIds(ids: string[]): Promise<Set<string>>;
  /** The stored people with more than one name word whose last word (lastNameWord) is one of these. */
  fullNamesEndingWith(lastWords: string[]): Promise<StoredFullName[]>;
  /** The stored people whose name key (nameKey) starts with one of these keys and has more words. */
  fullNamesStartingWith(keys: string[]): Promise<StoredFullName[]>;
}

interface KnownPerson extends StoredFullName {
  /** Folded name words (names.ts prepareName: ال off, عبد joined). */
  words: readonly string[];
}

const wordsOf = (name: string) => prepareName(name).words;

/** Whether `part` (a person's name) can stand for `full` by one of the three rules above. */
function isPartOf(part: KnownPerson, full: KnownPerson): boolean {
  const n = part.words.length;
  if (n === 0 || full.words.length <= n || full.id === part.id) return false;
  if (n === 1) return full.lastWord !== '' && full.lastWord === part.lastWord;
  if (part.words.every((word, i) => word === full.words[i])) return true;
  return n === 2 && part.lastWord !== '' && full.words[0] === part.words[0] && full.lastWord === part.lastWord;
}

function known(person: StoredFullName): KnownPerson {
  return { ...person, words: wordsOf(person.canonical) };
}

/** People mentioned in an article, grouped by entity id. */
function peopleOf(article: Article): Map<string, EntityMention[]> {
  const people = new Map<string, EntityMention[]>();
  for (const m of article.entities ?? []) {
    if (m.type !== 'PER' || !m.entityId) continue;
    people.set(m.entityId, [...(people.get(m.entityId) ?? []), m]);
  }
  return people;
}

/** Rewrites the entity ids and canonical names of the given (new) articles in place, in order. */
export async function resolvePartialNames(lookup: PartialNameLookup, articles: readonly Article[]): Promise<void> {
  const ids = new Set<string>();
  const lastWords = new Set<string>();
  const startKeys = new Set<string>();
  for (const article of articles) {
    for (const [id, mentions] of peopleOf(article)) {
      const name = mentions[0].canonical ?? mentions[0].text;
      ids.add(id);
      lastWords.add(lastNameWord(name));
      // A longer name that starts with these words has this name key as its prefix (` w1 w2 … `).
      if (wordsOf(name).length > 1) startKeys.add(nameKey(name));
    }
  }
  if (ids.size === 0) return;
  const stored = await lookup.storedIds([...ids]);
  const candidates = [
    ...await lookup.fullNamesEndingWith([...lastWords].filter((word) => word !== '')),
    ...await lookup.fullNamesStartingWith([...startKeys]),
  ];
  const people = new Map<string, KnownPerson>(candidates.map((c) => [c.id, known(c)]));
  const exists = new Set([...stored, ...people.keys()]);

  for (const article of articles) {
    for (const [id, mentions] of peopleOf(article)) {
      if (exists.has(id)) continue;
      const canonical = mentions[0].canonical ?? mentions[0].text;
      const part = known({ id, canonical, lastWord: lastNameWord(canonical), mentions: 0 });
      const [best, next] = [...people.values()].filter((full) => isPartOf(part, full))
        .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
      if (!best || (next && best.mentions < DOMINANT_NAME_FACTOR * next.mentions)) continue;
      for (const m of mentions) { m.entityId = best.id; m.canonical = best.canonical; }
    }
    // What this article writes is what the next one sees.
    for (const m of article.entities ?? []) {
      if (!m.entityId || m.type !== 'PER') continue;
      let person = people.get(m.entityId);
      if (!person) {
        const canonical = m.canonical ?? m.text;
        person = known({ id: m.entityId, canonical, lastWord: lastNameWord(canonical), mentions: 0 });
        people.set(m.entityId, person);
      }
      person.mentions++;
      exists.add(m.entityId);
    }
  }
}
