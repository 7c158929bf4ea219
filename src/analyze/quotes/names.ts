// The names an article gives, and the roles it ties to them. "القائم بالأعمال الأميركية ستيفاني
// وليامز" registers the name and binds the role, so a later "قالت القائم بالاعمال الاميركية"
// resolves to ستيفاني وليامز and a later "ويليامز" to the full name. One registry per article.
import type { TextUnits } from './text-units.ts';
import { readPhraseAt, rangeText, type SubjectPhrase, type TokenRange } from './subject.ts';
import { isPersonRole, isNameTitle, isNameConnector, withoutArticle } from './lexicon.ts';

export interface RegisteredName {
  text: string;
  start: number;
  end: number;
  /** Folded words without the article and without connectors (بن، آل…). */
  keys: string[];
}

interface RoleBinding {
  roleKeys: string[];
  name: RegisteredName;
  position: number;
}

const DIVINE_NAME = 'الله';
const MIN_KEY_LENGTH = 3;
// Letters that spell vowels or a hamza seat: وليامز and ويليامز share the skeleton ولمز.
const VOWEL_LETTERS = /[اويء]/gu;

export function nameKey(folded: string): string {
  return folded === DIVINE_NAME ? folded : withoutArticle(folded);
}

/** The consonant skeleton of a folded word (first letter kept), to match spelling variants. */
export function skeleton(key: string): string {
  return key.length <= 1 ? key : key[0] + key.slice(1).replace(VOWEL_LETTERS, '');
}

export class NameRegistry {
  private readonly names: RegisteredName[] = [];
  private readonly bindings: RoleBinding[] = [];
  /** First and last key of each name, and their skeletons, to the names that have them. */
  private readonly byEdgeKey = new Map<string, RegisteredName[]>();
  private readonly byKeys = new Map<string, RegisteredName>();

  /** Registers every "role/title + name" phrase of the text (and of the title, when given). */
  static fromArticle(units: TextUnits, titleUnits?: TextUnits): NameRegistry {
    const registry = new NameRegistry();
    for (const source of titleUnits ? [titleUnits, units] : [units]) {
      const { tokens } = source;
      for (let i = 0; i < tokens.length; i++) {
        const fold = tokens[i].fold;
        if (!isPersonRole(fold) && !isNameTitle(fold)) continue;
        const subject = readPhraseAt(source, i);
        if (!subject || subject.phrase.firstToken !== i) continue;
        registry.addSubject(source, subject, source === units);
        if (subject.name) i = subject.name.endToken - 1;
      }
    }
    return registry;
  }

  /** Adds the name of a subject phrase; binds its role to the name when the role comes first. */
  addSubject(units: TextUnits, subject: SubjectPhrase, offsetsValid = true): RegisteredName | undefined {
    if (!subject.name) return undefined;
    const name = this.addName(units, subject.name, offsetsValid);
    if (name && subject.role && subject.role.endToken <= subject.name.firstToken) {
      const roleKeys = this.roleKeys(units, subject.role);
      if (roleKeys.length > 0) this.bindings.push({ roleKeys, name, position: name.start });
    }
    return name;
  }

  addName(units: TextUnits, range: TokenRange, offsetsValid = true): RegisteredName | undefined {
    const keys: string[] = [];
    for (let k = range.firstToken; k < range.endToken; k++) {
      const fold = units.tokens[k].fold;
      if (units.tokens[k].kind === 'word' && !isNameConnector(fold)) keys.push(nameKey(fold));
    }
    if (keys.length === 0) return undefined;
    // One entry per distinct name: the first mention, where the article introduces it.
    const known = this.byKeys.get(keys.join(' '));
    if (known && (known.start >= 0 || !offsetsValid)) return known;
    const start = offsetsValid ? units.tokens[range.firstToken].start : -1;
    const end = offsetsValid ? units.tokens[range.endToken - 1].end : -1;
    const name: RegisteredName = { text: rangeText(units, range), start, end, keys };
    this.names.push(name);
    this.byKeys.set(keys.join(' '), name);
    const edges = new Set([keys[0], keys[keys.length - 1]]);
    for (const key of edges) {
      if (key.length < MIN_KEY_LENGTH || key === DIVINE_NAME) continue;
      for (const lookup of new Set([key, skeleton(key)])) {
        const list = this.byEdgeKey.get(lookup) ?? [];
        list.push(name);
        this.byEdgeKey.set(lookup, list);
      }
    }
    return name;
  }

  /** The fullest name of the article that this name is a part or a spelling variant of. */
  fullestName(keys: readonly string[], position: number): RegisteredName | undefined {
    let best: RegisteredName | undefined;
    for (const key of keys) {
      if (key.length < MIN_KEY_LENGTH || key === DIVINE_NAME) continue;
      const candidates = [...(this.byEdgeKey.get(key) ?? []), ...(this.byEdgeKey.get(skeleton(key)) ?? [])];
      for (const candidate of candidates) {
        if (!best || isFuller(candidate, best, position)) best = candidate;
      }
    }
    return best;
  }

  /**
   * The first titled or role-holding person the article names before `position`: who "سموه"
   * and a subjectless "وأكد" refer to when no speaker came before ("استقبل سمو الأمير محمد بن
   * نايف… وقال سموه").
   */
  protagonist(position: number): RegisteredName | undefined {
    let first: RegisteredName | undefined;
    for (const name of this.names) {
      if (name.start >= 0 && name.start < position && (!first || name.start < first.start)) first = name;
    }
    return first;
  }

  /** The name an earlier (else a later) phrase of the article bound to this role. */
  nameForRole(roleKeys: readonly string[], position: number): RegisteredName | undefined {
    if (roleKeys.length === 0) return undefined;
    let before: RoleBinding | undefined;
    let after: RoleBinding | undefined;
    for (const binding of this.bindings) {
      if (!roleKeys.every((key) => binding.roleKeys.includes(key))) continue;
      if (binding.position <= position) { if (!before || binding.position > before.position) before = binding; }
      else if (!after) after = binding;
    }
    return (before ?? after)?.name;
  }

  roleKeys(units: TextUnits, range: TokenRange): string[] {
    const keys: string[] = [];
    for (let k = range.firstToken; k < range.endToken; k++) {
      const token = units.tokens[k];
      if (token.kind === 'word' && !isNameTitle(token.fold)) keys.push(nameKey(token.fold));
    }
    return keys;
  }
}

/**
 * Prefers more words; between equals, the first mention in the article, which is where the
 * article introduces the person (a later "سرجي لافروف" resolves to the first "سيرغي لافروف").
 * Names from the title (no offsets) come last among equals.
 */
function isFuller(candidate: RegisteredName, best: RegisteredName, _position: number): boolean {
  if (candidate.keys.length !== best.keys.length) return candidate.keys.length > best.keys.length;
  const order = (name: RegisteredName): number => (name.start < 0 ? Number.MAX_SAFE_INTEGER : name.start);
  return order(candidate) < order(best);
}
