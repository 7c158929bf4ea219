import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultRecognizer, recognizeEntities } from './index.ts';
import { isUntracked } from './untracked.ts';

test('الله in a pious formula is not an entity of the article, whatever its hamza or harakat', () => {
  assert.ok(isUntracked('الله'));
  assert.ok(isUntracked('اللّه'));
  assert.ok(isUntracked('حفظه الله'));
  assert.ok(isUntracked('ولله'));
  assert.ok(!isUntracked('عبد الله'));
  const text = 'وقال خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز حفظه الله إن المملكة تدعم اليمن، وأضاف: نسأل الله أن يحفظ البلاد.';
  assert.ok(defaultRecognizer().recognize(text).some((m) => isUntracked(m.text)), 'the tagger finds الله, as ANERcorp tags it');
  const mentions = recognizeEntities({ id: 'x', text } as never);
  assert.ok(mentions.length > 0, 'the article has entities');
  assert.ok(mentions.every((m) => !isUntracked(m.text)), JSON.stringify(mentions.map((m) => m.text)));
});
