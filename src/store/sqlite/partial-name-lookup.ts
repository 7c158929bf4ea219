// The partial-name rule's questions (src/store/partial-names.ts) in SQLite, on the writer's connection.
import type Database from 'better-sqlite3';
import type { StoredFullName, PartialNameLookup } from '../partial-names.ts';

export function sqlitePartialNameLookup(db: Database.Database): PartialNameLookup {
  const stored = db.prepare('SELECT 1 FROM entities WHERE id = ?').pluck();
  const fullNames = db.prepare(`SELECT id, canonical, last_word AS lastWord, mentions FROM entities
    WHERE type = 'PER' AND last_word = ? AND instr(trim(name_key), ' ') > 0`);
  // Keys end with a space, so a longer key with this prefix has more words; U+FFFF sorts after them all.
  // `+type` keeps SQLite on the name_key range: left to itself it walked every person (entities_by_type)
  // for each key, which on a growing archive became most of an ingest's time (81% of the main thread at 12,650 articles).
  const startingWith = db.prepare(`SELECT id, canonical, last_word AS lastWord, mentions FROM entities
    WHERE +type = 'PER' AND name_key > ? AND name_key < ?`);
  return {
    async storedIds(ids) {
      return new Set(ids.filter((id) => stored.get(id)));
    },
    async fullNamesEndingWith(lastWords) {
      return lastWords.flatMap((word) => fullNames.all(word) as StoredFullName[]);
    },
    async fullNamesStartingWith(keys) {
      return keys.flatMap((key) => startingWith.all(key, `${key}\uffff`) as StoredFullName[]);
    },
  };
}
