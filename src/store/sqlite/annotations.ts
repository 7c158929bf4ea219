// Writes an article's annotations into their own tables so the archive can be read by entity,
// speaker and story: entity rows are merged across articles (variants, roles, counts), mentions
// are counted per article, quotes are kept with their speaker.
import type Database from 'better-sqlite3';
import type { Article, EntityMention } from '../../core/types.ts';
import { lastNameWord, nameKey } from '../name-keys.ts';

/** Bounds the variant and role lists of one entity, however many articles spell it. */
const MAX_VARIANTS = 40;
const MAX_ROLES = 20;

interface EntityGroup {
  id: string;
  type: string;
  canonical: string;
  variants: Set<string>;
  roles: Set<string>;
  count: number;
}

function groupMentions(mentions: EntityMention[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const m of mentions) {
    if (!m.entityId) continue;
    let group = groups.get(m.entityId);
    if (!group) {
      group = { id: m.entityId, type: m.type, canonical: m.canonical ?? m.text, variants: new Set(), roles: new Set(), count: 0 };
      groups.set(m.entityId, group);
    }
    group.count++;
    group.variants.add(m.text);
    if (m.role) group.roles.add(m.role);
  }
  return [...groups.values()];
}

function merged(stored: string, added: Set<string>, max: number): string {
  const list = JSON.parse(stored) as string[];
  for (const value of added) if (!list.includes(value) && list.length < max) list.push(value);
  return JSON.stringify(list);
}

export class AnnotationWriter {
  private readonly selectEntity;
  private readonly insertEntity;
  private readonly updateEntity;
  private readonly insertMention;
  private readonly insertQuote;

  constructor(db: Database.Database) {
    this.selectEntity = db.prepare('SELECT variants, roles FROM entities WHERE id = ?');
    this.insertEntity = db.prepare(`INSERT INTO entities (id, type, canonical, name_key, last_word, variants, roles, mentions, articles, first_seen, last_seen)
      VALUES (@id, @type, @canonical, @nameKey, @lastWord, @variants, @roles, @count, 1, @day, @day)`);
    this.updateEntity = db.prepare(`UPDATE entities SET variants = @variants, roles = @roles,
      mentions = mentions + @count, articles = articles + 1,
      first_seen = min(first_seen, @day), last_seen = max(last_seen, @day) WHERE id = @id`);
    this.insertMention = db.prepare('INSERT OR IGNORE INTO mentions (article_rowid, entity_id, count, day) VALUES (?, ?, ?, ?)');
    this.insertQuote = db.prepare(`INSERT INTO quotes (article_rowid, start, end, text, direct, cue, speaker_text,
      speaker_entity_id, speaker_canonical, speaker_role, speaker_key, about)
      VALUES (@articleRowid, @start, @end, @text, @direct, @cue, @speakerText, @speakerEntityId, @speakerCanonical,
      @speakerRole, @speakerKey, @about)`);
  }

  /** `day` is the article's sort date (YYYY-MM-DD), for timelines. */
  write(articleRowid: number | bigint, article: Article, day: string): void {
    const entities = article.entities ?? [];
    for (const group of groupMentions(entities)) {
      const stored = this.selectEntity.get(group.id) as { variants: string; roles: string } | undefined;
      const row = {
        id: group.id, type: group.type, canonical: group.canonical, nameKey: nameKey(group.canonical),
        lastWord: lastNameWord(group.canonical),
        variants: merged(stored?.variants ?? '[]', group.variants, MAX_VARIANTS),
        roles: merged(stored?.roles ?? '[]', group.roles, MAX_ROLES),
        count: group.count, day,
      };
      if (stored) this.updateEntity.run(row);
      else this.insertEntity.run(row);
      this.insertMention.run(articleRowid, group.id, group.count, day);
    }
    for (const quote of article.quotes ?? []) {
      const about = entities.filter((e) => e.entityId && e.start >= quote.start && e.end <= quote.end).map((e) => e.entityId);
      const speaker = quote.speaker;
      this.insertQuote.run({
        articleRowid, start: quote.start, end: quote.end, text: quote.text, direct: quote.direct ? 1 : 0,
        cue: quote.cue ?? null, speakerText: speaker?.text ?? null, speakerEntityId: speaker?.entityId ?? null,
        speakerCanonical: speaker?.canonical ?? null, speakerRole: speaker?.role ?? null,
        speakerKey: speaker ? nameKey(`${speaker.canonical ?? ''} ${speaker.text}`) : null,
        about: [...new Set(about)].join(' '),
      });
    }
  }
}
