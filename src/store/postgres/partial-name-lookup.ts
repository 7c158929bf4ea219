// The partial-name rule's questions (src/store/partial-names.ts) in PostgreSQL, on the batch's connection.
import type pg from 'pg';
import type { StoredFullName, PartialNameLookup } from '../partial-names.ts';

interface Row { id: string; canonical: string; last_word: string; mentions: number }

const fullName = (r: Row): StoredFullName => ({ id: r.id, canonical: r.canonical, lastWord: r.last_word, mentions: r.mentions });

export function postgresPartialNameLookup(client: pg.PoolClient): PartialNameLookup {
  return {
    async storedIds(ids) {
      const { rows } = await client.query<{ id: string }>('SELECT id FROM entities WHERE id = ANY ($1::text[])', [ids]);
      return new Set(rows.map((r) => r.id));
    },
    async fullNamesEndingWith(lastWords) {
      if (lastWords.length === 0) return [];
      const { rows } = await client.query<Row>(
        `SELECT id, canonical, last_word, mentions FROM entities
         WHERE type = 'PER' AND last_word = ANY ($1::text[]) AND strpos(btrim(name_key), ' ') > 0`, [lastWords]);
      return rows.map(fullName);
    },
    async fullNamesStartingWith(keys) {
      if (keys.length === 0) return [];
      // Keys end with a space, so a longer key with this prefix has more words. A range in code point
      // order, as SQLite's lookup asks it, so each key is one scan of entities_by_name_key: starts_with
      // walked every entity for every key, most of an ingest's time once the archive had grown.
      const { rows } = await client.query<Row>(`SELECT DISTINCT e.id, e.canonical, e.last_word, e.mentions
         FROM unnest($1::text[]) AS k
         JOIN entities e ON e.name_key COLLATE "C" > k COLLATE "C" AND e.name_key COLLATE "C" < (k || chr(65535)) COLLATE "C"
         WHERE e.type = 'PER'`, [keys]);
      return rows.map(fullName);
    },
  };
}
