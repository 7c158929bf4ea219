import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EntityRecognizer, recognizeEntities } from './index.ts';
import type { Article } from '../../core/types.ts';

const SEED = resolve(process.cwd(), '../shared/seeds/000_f77f88289c7c6a30.txt');
const PEOPLE: Array<{ name: string; spellings: string[] }> = [
  { name: 'فايز السراج', spellings: ['السراج'] },
  { name: 'توماس وولدهاوسر', spellings: ['وولدهاوسر', 'والدهاوسير'] },
  { name: 'ستيفاني وليامز', spellings: ['وليامز', 'ويليامز'] },
  { name: 'معمر القذافي', spellings: ['القذافي'] },
  { name: 'كريس ستيفنز', spellings: ['ستيفنز'] },
  { name: 'ايمانويل ماكرون', spellings: ['ماكرون'] },
  { name: 'غسان سلامة', spellings: ['سلامة'] },
];

test('seed: each of the seven people is exactly one entity holding all of their mentions', (t) => {
  if (!existsSync(SEED)) {
    assert.notEqual(process.env.CI, 'true', `missing ${SEED}`);
    return t.skip('seed missing');
  }
  const text = readFileSync(SEED, 'utf8');
  const article: Article = { id: 'seed', title: '', authors: [], language: 'ar', paragraphs: text.split('\n\n'), text, diagnostics: [] };
  const mentions = recognizeEntities(article, EntityRecognizer.load());
  for (const mention of mentions) assert.equal(text.slice(mention.start, mention.end), mention.text, 'offsets index into the text');
  for (const person of PEOPLE) {
    // Every place a spelling of the surname is written is a mention of that person.
    const written = person.spellings.flatMap((spelling) => [...text.matchAll(new RegExp(`(?<![\\u0621-\\u064a])[وبل]?${spelling}(?![\\u0621-\\u064a])`, 'g'))].map((m) => m.index! + m[0].length));
    const holding = mentions.filter((m) => written.includes(m.end));
    assert.equal(holding.length, written.length, `${person.name}: ${written.length} places written, ${holding.length} recognised: ${JSON.stringify(holding)}`);
    const ids = new Set(holding.map((m) => m.entityId));
    assert.equal(ids.size, 1, `${person.name} should be one entity, got ${[...ids].join(', ')}`);
    assert.ok(holding.every((m) => m.type === 'PER'), `${person.name} is a person`);
    const others = mentions.filter((m) => m.entityId === [...ids][0] && !written.includes(m.end));
    assert.deepEqual(others, [], `${person.name}'s entity holds only their mentions`);
  }
});

test('roles: a title before the name is kept as the role, not in the name', () => {
  const text = 'وأشار الجنرال توماس والدهاوسير إلى أهمية التعاون.';
  const mentions = recognizeEntities({ id: 'r', title: '', authors: [], language: 'ar', paragraphs: [text], text, diagnostics: [] }, EntityRecognizer.load());
  const person = mentions.find((m) => m.type === 'PER');
  assert.ok(person, `a person in ${text}: ${JSON.stringify(mentions)}`);
  assert.equal(person.role, 'الجنرال');
  assert.ok(!person.canonical!.includes('الجنرال'));
});
