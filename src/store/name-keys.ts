// Name keys, shared by the stores: an entity or a speaker typed in any spelling is found by the
// same keys the archive holds. A key is the name's consonant skeleton per word (the entity
// resolver's own), so hamza, ة/ه, ى/ي, harakat, ال and added or dropped long vowels
// (وليامز / ويليامز) all meet.
import { nameSkeleton } from '../analyze/entities/index.ts';

function skeletonWords(name: string): string[] {
  return nameSkeleton(name).split(/\s+/).filter((w) => w.length > 0);
}

export function nameKey(name: string): string {
  return ` ${skeletonWords(name).join(' ')} `;
}

/** Each word of the typed name, to match as a whole word inside a stored nameKey. */
export function nameKeyParts(name: string): string[] {
  return skeletonWords(name).map((w) => ` ${w} `);
}
