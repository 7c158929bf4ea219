// Stemmer agreement with the golden Arabic stemmer corpus (../shared/data/stemmer-gold: aligned
// lines of words.txt and stems.txt). Run: node --import tsx eval/stemmer.ts
// Last line: `stemmer agreement=A words=N`. The gold stems come from a deeper stemmer (they drop
// prefixes like the future س and verb person markers, which a light stemmer keeps), so 1.0 is not
// the goal; the number is a floor to keep (src/text/stemmer-gold.test.ts), not a target to chase.
import { readFileSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { foldForSearch, lightStem } from '../src/text/index.ts';
import { INFLECTION_SUFFIXES, PRONOUN_SUFFIXES } from '../src/text/stem-data.ts';

export interface StemmerGoldCase {
  word: string;
  goldStem: string;
  ourStem: string;
}

export interface StemmerAgreement {
  /** Share of words whose light stem equals the folded gold stem. */
  agreement: number;
  /** Relaxed: our stem equals the gold stem, or the gold stem plus one of our own suffixes (a stem we stopped short of). */
  relaxedAgreement: number;
  words: number;
  cases: StemmerGoldCase[];
}

export function stemmerGoldDir(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, '../shared/data/stemmer-gold');
}

export function stemmerGoldAvailable(dir: string = stemmerGoldDir()): boolean {
  return existsSync(join(dir, 'words.txt')) && existsSync(join(dir, 'stems.txt'));
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').replace(/\r/g, '').split('\n');
}

const OUR_SUFFIXES = [...PRONOUN_SUFFIXES, ...INFLECTION_SUFFIXES].map(({ form }) => form);

export function measureStemmerAgreement(dir: string = stemmerGoldDir()): StemmerAgreement {
  const words = readLines(join(dir, 'words.txt'));
  const stems = readLines(join(dir, 'stems.txt'));
  if (words.length !== stems.length) throw new Error(`stemmer-gold: ${words.length} words but ${stems.length} stems in ${dir}`);
  const cases: StemmerGoldCase[] = [];
  let agreed = 0;
  let relaxed = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i].trim();
    if (word === '') continue;
    const goldStem = foldForSearch(stems[i].trim());
    const ourStem = lightStem(foldForSearch(word));
    cases.push({ word, goldStem, ourStem });
    if (ourStem === goldStem) { agreed++; relaxed++; continue; }
    if (OUR_SUFFIXES.some((suffix) => ourStem === goldStem + suffix)) relaxed++;
  }
  return { agreement: agreed / cases.length, relaxedAgreement: relaxed / cases.length, words: cases.length, cases };
}

function main(): void {
  const dir = stemmerGoldDir();
  if (!stemmerGoldAvailable(dir)) {
    console.error(`stemmer-gold not found at ${dir}`);
    process.exit(1);
  }
  const result = measureStemmerAgreement(dir);
  const showMisses = process.argv.includes('--misses');
  if (showMisses) {
    for (const { word, goldStem, ourStem } of result.cases) if (ourStem !== goldStem) console.log(`${word}\tgold=${goldStem}\tours=${ourStem}`);
  }
  console.log(`relaxed agreement (ours = gold or gold + one of our suffixes)=${result.relaxedAgreement.toFixed(4)}`);
  console.log(`stemmer agreement=${result.agreement.toFixed(4)} words=${result.words}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
