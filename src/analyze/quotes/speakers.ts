// Turns a speech verb's subject into a Speaker and remembers who spoke, so that a verb with no
// subject ("وأضافت أن…") continues the last speaker of the same gender. Resolution order: an
// entity the recogniser found in the subject, the name in the subject (made full from the
// article's names), a role the article tied to a name, an earlier speaker with the same head noun.
import type { EntityMention, Speaker } from '../../core/types.ts';
import type { TextUnits } from './text-units.ts';
import type { Gender } from './speech-verbs.ts';
import { rangeText, type SubjectPhrase, type TokenRange } from './subject.ts';
import { NameRegistry, nameKey } from './names.ts';
import { isPersonRole, isGroupSpeaker, isNameTitle, isNameConnector, isRoleVocabulary, withoutArticle, hasArticle } from './lexicon.ts';

export interface SpeakerRecord {
  speaker: Speaker;
  gender?: Gender;
  plural: boolean;
  sentence: number;
  position: number;
  /** Folded words of the subject without the article, for "المصدر" → an earlier "مصدر في…". */
  keys: string[];
}

/** How far back (in sentences) a verb with no subject looks for the speaker it continues. */
const CONTINUATION_SENTENCES = 12;
/** How many remembered speakers a lookup walks back through, at most. */
const MAX_LOOKBACK = 64;
const SPEAKING_ENTITY_TYPES = new Set(['PER', 'ORG']);
/** An organisation the recogniser found names the speaker only if it is most of the subject. */
const MIN_ORGANISATION_SHARE = 0.6;

export class SpeakerResolver {
  private readonly history: SpeakerRecord[] = [];
  private readonly entities: EntityMention[];

  constructor(
    private readonly units: TextUnits,
    private readonly registry: NameRegistry,
    entities: readonly EntityMention[] = [],
  ) {
    this.entities = entities.filter((entity) => SPEAKING_ENTITY_TYPES.has(entity.type)).sort((a, b) => a.start - b.start);
  }

  /** The speaker named by a subject phrase. */
  fromSubject(subject: SubjectPhrase, gender: Gender | undefined, plural: boolean): SpeakerRecord {
    const { units } = this;
    const phraseStart = units.tokens[subject.phrase.firstToken].start;
    const phraseEnd = units.tokens[subject.phrase.endToken - 1].end;
    const keys = this.keysOf(subject.phrase);
    const sentence = units.tokens[subject.phrase.firstToken].sentence;
    const record = (speaker: Speaker): SpeakerRecord => ({ speaker, gender, plural, sentence, position: phraseStart, keys });
    const role = subject.role ? rangeText(units, subject.role) : undefined;
    if (subject.honorific) {
      const titled = this.registry.protagonist(phraseStart);
      const entity = titled && titled.start >= 0 ? this.entityWithin(titled.start, titled.end) : undefined;
      return record(withoutUndefined({
        text: rangeText(units, subject.phrase), start: phraseStart, end: phraseEnd,
        entityId: entity?.entityId, canonical: entity?.canonical ?? titled?.text,
      }));
    }

    // Our own reading of the name comes first; the recogniser's mention refines it (id,
    // canonical) where it overlaps that name, and only names the speaker when we found none.
    const entity = subject.name ? this.entityForName(subject.name, phraseStart) : this.entityForPhrase(phraseStart, phraseEnd);
    if (entity) {
      return record(withoutUndefined({
        text: entity.text, start: entity.start, end: entity.end, entityId: entity.entityId,
        canonical: entity.canonical ?? this.registry.fullestName(this.keysOfText(entity), entity.start)?.text ?? entity.text, role,
      }));
    }
    if (subject.name) {
      this.registry.addSubject(units, subject);
      const start = units.tokens[subject.name.firstToken].start + (subject.organisation ? conjunctionLength(units, subject.name) : 0);
      const text = units.text.slice(start, units.tokens[subject.name.endToken - 1].end);
      const fullest = this.registry.fullestName(this.keysOf(subject.name), start);
      return record(withoutUndefined({ text, start, end: units.tokens[subject.name.endToken - 1].end, canonical: fullest?.text ?? text, role }));
    }
    const text = units.text.slice(phraseStart + conjunctionLength(units, subject.phrase), phraseEnd);
    const roleKeys = this.registry.roleKeys(units, subject.phrase);
    const hasPersonRole = roleKeys.some((key) => isPersonRole(key));
    const bound = hasPersonRole ? this.registry.nameForRole(roleKeys, phraseStart) : undefined;
    if (bound) {
      const boundEntity = bound.start >= 0 ? this.entityWithin(bound.start, bound.end) : undefined;
      return record(withoutUndefined({
        text, start: phraseStart, end: phraseEnd, role: text, entityId: boundEntity?.entityId,
        canonical: boundEntity?.canonical ?? bound.text,
      }));
    }
    const definite = hasArticle(units.tokens[subject.phrase.firstToken].fold);
    const earlier = subject.indefinite || !definite ? undefined : this.earlierWithHead(keys);
    if (earlier) {
      return record(withoutUndefined({
        text, start: phraseStart, end: phraseEnd, role: hasPersonRole ? text : undefined,
        entityId: earlier.speaker.entityId, canonical: earlier.speaker.canonical ?? earlier.speaker.text,
      }));
    }
    return record({ text, start: phraseStart, end: phraseEnd, canonical: text });
  }

  /** The speaker a verb with no subject continues: the last one of the same gender and number. */
  continuing(sentence: number, gender: Gender | undefined, plural: boolean): SpeakerRecord | undefined {
    let fallback: SpeakerRecord | undefined;
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i <= MAX_LOOKBACK; i--) {
      const candidate = this.history[i];
      if (sentence - candidate.sentence > CONTINUATION_SENTENCES) break;
      fallback ??= candidate;
      if (plural !== candidate.plural) continue;
      if (gender === undefined || candidate.gender === undefined || candidate.gender === gender) return candidate;
    }
    return fallback;
  }

  /** The last speaker of the same sentence (for participles: "…، مؤكدا أن…"). */
  inSentence(sentence: number): SpeakerRecord | undefined {
    const last = this.history[this.history.length - 1];
    return last && last.sentence === sentence ? last : undefined;
  }

  remember(record: SpeakerRecord, sentence: number, gender: Gender | undefined, plural: boolean): void {
    this.history.push({ ...record, sentence, gender: gender ?? record.gender, plural });
  }

  /**
   * The recogniser's mention of a name we read: it must cover the name's last word and not
   * reach before the subject (a mention that swallowed the verb, "واستاء البلطان", is a misread).
   */
  private entityForName(name: TokenRange, phraseStart: number): EntityMention | undefined {
    const { tokens } = this.units;
    const lastWord = tokens[name.endToken - 1];
    const entity = this.entityWithin(lastWord.start, lastWord.end);
    if (!entity || entity.start < phraseStart || entity.start > lastWord.start || entity.end < lastWord.end) return undefined;
    return entity;
  }

  /** With no name of our own: a person mentioned in the subject, or an organisation that is most of it. */
  private entityForPhrase(start: number, end: number): EntityMention | undefined {
    const entity = this.entityWithin(start, end);
    if (!entity || entity.start < start) return undefined;
    if (entity.type === 'PER') return entity;
    return (entity.end - entity.start) / Math.max(1, end - start) >= MIN_ORGANISATION_SHARE ? entity : undefined;
  }

  /** A recognised entity overlapping [start, end): a person first, else an organisation. */
  private entityWithin(start: number, end: number): EntityMention | undefined {
    const { entities } = this;
    if (entities.length === 0) return undefined;
    let low = 0;
    let high = entities.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (entities[mid].end <= start) low = mid + 1; else high = mid;
    }
    let organisation: EntityMention | undefined;
    for (let i = low; i < entities.length && entities[i].start < end; i++) {
      const entity = entities[i];
      if (entity.end <= start) continue;
      if (entity.type === 'PER') return entity;
      organisation ??= entity;
    }
    return organisation;
  }

  /**
   * "المصدر" after "مصدر في الجيش السوري الحر", "الصحيفة الألمانية" after "صحيفة بيلد": a
   * definite role or institution word refers to the last speaker whose subject had that word.
   */
  private earlierWithHead(keys: string[]): SpeakerRecord | undefined {
    const head = keys.find((key) => isPersonRole(key) || isGroupSpeaker(key) || isRoleVocabulary(key));
    if (!head) return undefined;
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i <= MAX_LOOKBACK; i--) {
      if (this.history[i].keys[0] === head) return this.history[i];
    }
    return undefined;
  }

  private keysOf(range: TokenRange): string[] {
    const keys: string[] = [];
    for (let k = range.firstToken; k < range.endToken; k++) {
      const token = this.units.tokens[k];
      if (token.kind === 'word' && !isNameConnector(token.fold) && !isNameTitle(token.fold)) keys.push(nameKey(token.fold));
    }
    return keys;
  }

  private keysOfText(entity: EntityMention): string[] {
    const keys: string[] = [];
    for (const token of this.units.tokens) {
      if (token.start >= entity.end) break;
      if (token.start >= entity.start && token.kind === 'word') keys.push(nameKey(token.fold));
    }
    return keys;
  }
}

/** "ووزارة الداخلية": the و written on the phrase's first word is not part of the speaker. */
function conjunctionLength(units: TextUnits, phrase: TokenRange): number {
  const first = units.tokens[phrase.firstToken];
  if (!first.fold.startsWith('و') || first.fold.length < 4) return 0;
  const rest = first.fold.slice(1);
  return hasArticle(rest) || isRoleVocabulary(rest) || isRoleVocabulary(withoutArticle(rest)) ? 1 : 0;
}

function withoutUndefined(speaker: Speaker): Speaker {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(speaker)) if (value !== undefined) out[key] = value;
  return out as unknown as Speaker;
}
