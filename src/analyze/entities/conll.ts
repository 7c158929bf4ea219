// Reading `token TAG` files (ANERcorp, CoNLL) and scoring tag sequences by exact entity match.
import { labelOfTag, isBegin, isInside, OUTSIDE, typeOfLabel } from './labels.ts';

export interface TaggedSentence {
  tokens: string[];
  labels: number[];
}

const SENTENCE_END = new Set(['.', '!', '?', '؟']);

/**
 * Lines of `token TAG` (the tag is the last field); a blank line ends a sentence, and so does a
 * sentence-final token, because ANERcorp has no blank lines at all. Lines without a token are skipped.
 */
export function parseConll(content: string, maxSentence = 150): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let current: TaggedSentence = { tokens: [], labels: [] };
  const flush = () => {
    if (current.tokens.length > 0) sentences.push(current);
    current = { tokens: [], labels: [] };
  };
  for (const rawLine of content.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('-DOCSTART-')) { flush(); continue; }
    const fields = line.split(/\s+/);
    if (fields.length < 2) continue;
    const token = fields[0];
    current.tokens.push(token);
    current.labels.push(labelOfTag(fields[fields.length - 1]));
    if (SENTENCE_END.has(token) || current.tokens.length >= maxSentence) flush();
  }
  flush();
  return sentences;
}

export interface EntitySpan {
  type: string;
  from: number;
  to: number;
}

/** Entities of a label sequence; an I without its B starts an entity (as conlleval counts it). */
export function spansOf(labels: ArrayLike<number>): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let open: EntitySpan | undefined;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    const continues = open && isInside(label) && typeOfLabel(label) === open.type;
    if (continues) { open!.to = i + 1; continue; }
    if (open) { spans.push(open); open = undefined; }
    if (label !== OUTSIDE && (isBegin(label) || isInside(label))) open = { type: typeOfLabel(label), from: i, to: i + 1 };
  }
  if (open) spans.push(open);
  return spans;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export class ExactMatchScorer {
  private gold = 0;
  private predicted = 0;
  private correct = 0;
  private readonly perType = new Map<string, { gold: number; predicted: number; correct: number }>();

  add(goldLabels: ArrayLike<number>, predictedLabels: ArrayLike<number>): void {
    const goldSpans = spansOf(goldLabels);
    const predictedSpans = spansOf(predictedLabels);
    const goldKeys = new Set(goldSpans.map((s) => `${s.type}:${s.from}:${s.to}`));
    this.gold += goldSpans.length;
    this.predicted += predictedSpans.length;
    for (const span of goldSpans) this.counts(span.type).gold++;
    for (const span of predictedSpans) {
      this.counts(span.type).predicted++;
      if (goldKeys.has(`${span.type}:${span.from}:${span.to}`)) { this.correct++; this.counts(span.type).correct++; }
    }
  }

  score(): Score {
    return scoreOf(this.gold, this.predicted, this.correct);
  }

  scoreByType(): Record<string, Score> {
    const out: Record<string, Score> = {};
    for (const [type, c] of this.perType) out[type] = scoreOf(c.gold, c.predicted, c.correct);
    return out;
  }

  private counts(type: string) {
    let c = this.perType.get(type);
    if (!c) { c = { gold: 0, predicted: 0, correct: 0 }; this.perType.set(type, c); }
    return c;
  }
}

function scoreOf(gold: number, predicted: number, correct: number): Score {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}
