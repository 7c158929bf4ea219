// Invisible characters that do not separate words: they would split or change a term without
// the reader seeing any difference. Search drops all of them: the controls display text drops
// too (bidi controls, BOM, word joiner), plus ZWNJ, ZWJ and the soft hyphen, which display keeps
// because they affect how letters join or where a line may break.
import { isInvisibleControl } from './remove-invisible-controls.ts';

export const SOFT_HYPHEN = 0x00ad;
export const ZERO_WIDTH_NON_JOINER = 0x200c;
export const ZERO_WIDTH_JOINER = 0x200d;

export function removeSearchInvisibles(ch: string): string {
  if (ch.length !== 1) return ch;
  const code = ch.charCodeAt(0);
  const invisible = code === SOFT_HYPHEN || code === ZERO_WIDTH_NON_JOINER || code === ZERO_WIDTH_JOINER ||
    isInvisibleControl(code);
  return invisible ? '' : ch;
}
