import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../core/types.ts';
import { withoutTrailingTitle } from './roles.ts';

const person = (text: string, start = 7): EntityMention => ({ text, type: 'PER', start, end: start + text.length });

test('a title written after the name is cut off the name and kept as the role', () => {
  const trimmed = withoutTrailingTitle(person('محمد بن سلمان بن عبدالعزيز ولي ولي العهد'));
  assert.equal(trimmed.text, 'محمد بن سلمان بن عبدالعزيز');
  assert.equal(trimmed.end, 7 + 'محمد بن سلمان بن عبدالعزيز'.length);
  assert.equal(trimmed.role, 'ولي ولي العهد');
});
test('the start of a title the span cut short is cut off too, without a role', () => {
  const trimmed = withoutTrailingTitle(person('محمد بن نايف بن عبدالعزيز ولي'));
  assert.equal(trimmed.text, 'محمد بن نايف بن عبدالعزيز');
  assert.equal(trimmed.role, undefined);
});
test('a name that begins with a title word, or is too short to cut, stays whole', () => {
  assert.equal(withoutTrailingTitle(person('ولي الدين يكن')).text, 'ولي الدين يكن');
  assert.equal(withoutTrailingTitle(person('أوباما الرئيس')).text, 'أوباما الرئيس');
  assert.equal(withoutTrailingTitle({ ...person('الرياض ولي العهد'), type: 'LOC' }).text, 'الرياض ولي العهد');
});
