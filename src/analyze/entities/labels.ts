// The tagger's label set: BIO over the four entity types. Index 0 is O; then B and I for each type,
// so a label's type is (index - 1) >> 1 and B labels are the odd indexes.
import type { EntityType } from '../../core/types.ts';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

export function isBegin(label: number): boolean {
  return label % 2 === 1;
}

export function isInside(label: number): boolean {
  return label > 0 && label % 2 === 0;
}

export function typeOfLabel(label: number): EntityType {
  return ENTITY_TYPES[(label - 1) >> 1];
}

/** BIO: an I-X continues a B-X or an I-X and nothing else. `previous` −1 is the sentence start. */
export function canFollow(previous: number, label: number): boolean {
  if (!isInside(label)) return true;
  return previous === label || previous === label - 1;
}

/** A tag as written in ANERcorp or CoNLL (B-PERS, I-PER, O…) → label index; unknown tags are O. */
export function labelOfTag(tag: string): number {
  if (tag.length < 3 || tag[1] !== '-') return OUTSIDE;
  const prefix = tag[0];
  let type = tag.slice(2).toUpperCase();
  if (type === 'PERS' || type === 'PERSON') type = 'PER';
  if (type === 'LOCATION') type = 'LOC';
  if (type === 'ORGANIZATION' || type === 'ORGANISATION') type = 'ORG';
  const typeIndex = ENTITY_TYPES.indexOf(type as EntityType);
  if (typeIndex < 0 || (prefix !== 'B' && prefix !== 'I')) return OUTSIDE;
  return 1 + typeIndex * 2 + (prefix === 'I' ? 1 : 0);
}
