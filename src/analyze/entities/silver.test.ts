import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS } from './labels.ts';
import { silverSentences } from './silver.ts';
import type { TagOptions } from './tagger.ts';

const label = (tag: string) => LABELS.indexOf(tag as (typeof LABELS)[number]);
const NAMES: Record<string, string> = { 'السراج': 'B-PER', 'طرابلس': 'B-LOC' };

/** A stand-in tagger: names from NAMES; its first pass misses طرابلس (so the passes disagree there). */
const tagger = {
  tagDocument(sentences: readonly (readonly string[])[], options: TagOptions = {}): Uint8Array[] {
    return sentences.map((words) => Uint8Array.from(words, (word) =>
      options.firstPassOnly && word === 'طرابلس' ? 0 : label(NAMES[word] ?? 'O')));
  },
};

test('silver sentences are those both passes label alike and that name someone or somewhere', () => {
  const text = [
    'قال رئيس المجلس الرئاسي فايز السراج إن الحوار مستمر بين الأطراف .',
    'وصل الوفد إلى طرابلس مساء أمس بعد رحلة طويلة من تونس .',
    'وأضاف أن الاجتماع المقبل سيعقد الأسبوع القادم في موعده المحدد .',
  ].join(' ');
  const silver = silverSentences(tagger, [text], { limit: 10, minTokens: 6, maxTokens: 60 });
  assert.equal(silver.length, 1, silver.map((s) => s.tokens.join(' ')).join(' | '));
  assert.ok(silver[0].tokens.includes('السراج'));
  assert.equal(silver[0].labels[silver[0].tokens.indexOf('السراج')], label('B-PER'));
});
