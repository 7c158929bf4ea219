// `marsad eval names --pairs FILE`: name-variant decisions on `a<TAB>b<TAB>same` lines (header first).
import { existsSync, readFileSync } from 'node:fs';
import { MarsadError } from '../../core/errors.ts';
import { sameName } from '../../analyze/entities/names.ts';

export interface NamesEvaluation {
  precision: number;
  recall: number;
  f1: number;
  pairs: number;
}

/** `select` picks the pairs to score by their index (e.g. one half, to tune on the other). */
export function evaluateNames(content: string, select: (index: number) => boolean = () => true): NamesEvaluation {
  let truePositives = 0, falsePositives = 0, falseNegatives = 0, pairs = 0;
  content.split('\n').slice(1).forEach((line, index) => {
    const [a, b, same] = line.replace(/\r$/, '').split('\t');
    if (!a || !b || (same !== '0' && same !== '1') || !select(index)) return;
    pairs++;
    const predicted = sameName(a, b);
    if (predicted && same === '1') truePositives++;
    else if (predicted) falsePositives++;
    else if (same === '1') falseNegatives++;
  });
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pairs };
}

export async function run(args: string[]): Promise<number> {
  const at = args.indexOf('--pairs');
  const file = at >= 0 ? args[at + 1] : undefined;
  if (!file || file.startsWith('--')) throw new MarsadError('usage', 'usage: marsad eval names --pairs FILE');
  if (!existsSync(file)) throw new MarsadError('not_found', 'no such file', file);
  const r = evaluateNames(readFileSync(file, 'utf8'));
  console.log(`names precision=${r.precision.toFixed(3)} recall=${r.recall.toFixed(3)} f1=${r.f1.toFixed(3)} pairs=${r.pairs}`);
  return 0;
}
