// `npm run train:ner`: learns the lexicon from SaudiNewsNet and the two-pass tagger from ANERcorp,
// and writes models/ner/. Steps:
//   1. word clusters (three clusterings, clusters.ts) and frequency buckets from SaudiNewsNet;
//   2. first-pass tagger on the training split (perceptron.ts, BASE_FEATURES; `--learner` below);
//   3. jackknife: for each of K folds, a first pass trained without it labels the fold (document
//      evidence) and a quarter of SaudiNewsNet (mined lists), so the second pass trains on evidence
//      as noisy as it will be on unseen text;
//   4. second-pass tagger on that evidence (DOCUMENT_FEATURES);
//   5. the shipped lists: the same corpus share tagged by both passes (step 3 used the first only);
//      dev scores printed and kept;
//   6. a bias per entity type on the second pass's labels (label-bias.ts), tuned on dev; its
//      honest figure is cross-validated (tuned on half of dev's pseudo-documents, scored on the
//      other half, both ways); the shipped second pass carries it in its transitions;
//   7. optional self-training (`--silver N`, silver.ts): steps 2–5 make a tagger that labels another
//      share of SaudiNewsNet; N sentences it is sure of join the training sentences of both passes
//      at a lower weight, and steps 2–5 run again (then step 6). Off by default: with the three clusterings it
//      did not help (MODEL_CARD.md).
// Flags: --epochs-first N, --epochs-second N, --folds K, --corpus-share N (every Nth article),
// --dropout P (feature dropout while training), --runs N (seeds averaged into each model),
// --min-weight W (rows whose weights stay under W are dropped), --seed S (shuffling and dropout),
// --silver N (machine-labelled sentences; default 0 = one round, no self-training), --silver-weight W,
// --label-bias 0|1 (step 6; default 1), --out DIR (default models/ner),
// --split final|selection (split.ts): `final` (default, the shipped files) trains on all of
// ANERcorp's file but its first 10% (the holdout it is scored on), dev included, with the label
// bias frozen at DEV_CHOSEN_LABEL_BIAS or `--bias PER,LOC,ORG,MISC`; `selection` trains on the
// first 85%, tunes the bias on dev and scores dev, as every setting here was chosen (MODEL_CARD.md),
// --learner perceptron|crf|both and --learner-second (the same for the second pass; default: as
// --learner): the averaged perceptron, the CRF (crf.ts, step size --crf-rate R, default 1), or the
// average of the two (ensemble.ts). Default perceptron: the CRF did not help (MODEL_CARD.md round 6).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CLUSTERINGS, clusterWords } from './clusters.ts';
import { ExactMatchScorer, parseConll, type Score, type TaggedSentence } from './conll.ts';
import { readArticleTexts, readWordCorpus } from './corpus.ts';
import { withDocumentEvidence } from './document.ts';
import { BASE_FEATURES, DOCUMENT_FEATURES, describeToken, type WordLexicon } from './features.ts';
import { Lexicon, frequencyBucket, type LexiconEntry } from './lexicon.ts';
import { biasedTransitions, DEV_CHOSEN_LABEL_BIAS, tuneLabelBias, type LabelBias } from './label-bias.ts';
import { ENTITY_TYPES } from './labels.ts';
import { ListOverlay, listsFromTallies, tallyCorpusLabels } from './mine.ts';
import { makeScratch, TaggerModel } from './model.ts';
import { MODEL_FILES, modelDirectory } from './model-files.ts';
import { trainCrf } from './crf.ts';
import { averageModels } from './ensemble.ts';
import { trainPerceptron, type PerceptronOptions, type TrainingSentence } from './perceptron.ts';
import { pseudoDocuments, SENTENCES_PER_DOCUMENT, splitHoldout, splitTrainDev } from './split.ts';
import { DEFAULT_SILVER_OPTIONS, silverSentences } from './silver.ts';
import { TwoPassTagger } from './tagger.ts';

const DATA = resolve(process.cwd(), '../shared/data');

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const settings = {
  epochsFirst: flag('epochs-first', 8),
  epochsSecond: flag('epochs-second', 12),
  folds: flag('folds', 4),
  corpusShare: flag('corpus-share', 4),
  dropout: flag('dropout', 0.3),
  runs: flag('runs', 4),
  minWeight: flag('min-weight', 1),
  seed: flag('seed', 7),
  silver: flag('silver', 0),
  silverWeight: flag('silver-weight', 0.5),
  /** 1: tune and ship the label bias (step 6); 0: ship the second pass as trained. */
  labelBias: flag('label-bias', 1),
};

type Learner = 'perceptron' | 'crf' | 'both';
function learnerFlag(name: string, fallback: Learner): Learner {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : fallback;
  if (value !== 'perceptron' && value !== 'crf' && value !== 'both') throw new Error(`--${name} takes perceptron, crf or both, not ${value}`);
  return value;
}
const firstLearner = learnerFlag('learner', 'perceptron');
/** Which learner trains each pass, and the CRF's step size. */
const learners = { first: firstLearner, second: learnerFlag('learner-second', firstLearner), crfRate: flag('crf-rate', 1) };
/** Only a run that used the CRF records its learners (the perceptron's files stay as they were). */
const learnerSettings = learners.first === 'perceptron' && learners.second === 'perceptron' ? {} : { learners };

type Split = 'final' | 'selection';
function splitFlag(): Split {
  const at = process.argv.indexOf('--split');
  const value = at >= 0 ? process.argv[at + 1] : 'final';
  if (value !== 'final' && value !== 'selection') throw new Error(`--split takes final or selection, not ${value}`);
  return value;
}
const split = splitFlag();

/** `--bias`: the label bias (ENTITY_TYPES order) a final model ships instead of DEV_CHOSEN_LABEL_BIAS. */
function biasFlag(): LabelBias {
  const at = process.argv.indexOf('--bias');
  if (at < 0) return DEV_CHOSEN_LABEL_BIAS;
  const bias = (process.argv[at + 1] ?? '').split(',').map(Number);
  if (bias.length !== ENTITY_TYPES.length || bias.some((value) => !Number.isFinite(value))) {
    throw new Error(`--bias takes one number per type (${ENTITY_TYPES.join(',')}), e.g. -0.05,-0.1,0.3,-0.05`);
  }
  return bias;
}
/** The final model's bias is frozen, not tuned: the holdout stays unseen by every choice made for it. */
const fixedBias = split === 'final' ? biasFlag() : undefined;
const splitSettings = fixedBias ? { split, fixedBias } : { split };

function learn(learner: Learner, sentences: readonly TrainingSentence[], options: PerceptronOptions): TaggerModel {
  const crf = () => trainCrf(sentences, { ...options, learningRate: learners.crfRate });
  if (learner === 'crf') return crf();
  const perceptron = trainPerceptron(sentences, options);
  return learner === 'both' ? averageModels([perceptron, crf()]) : perceptron;
}

const started = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

/**
 * `--lexicon-cache FILE`: reuse the clusters and frequencies of an earlier run (they depend only on
 * SaudiNewsNet and clusters.ts), so experiments on the tagger skip the slowest step.
 */
function baseLexicon(): Lexicon {
  const at = process.argv.indexOf('--lexicon-cache');
  const cache = at >= 0 ? process.argv[at + 1] : undefined;
  if (cache && existsSync(cache)) {
    log(`lexicon from ${cache}`);
    return Lexicon.deserialize(readFileSync(cache));
  }
  const lexicon = buildLexicon();
  if (cache) writeFileSync(cache, lexicon.serialize());
  return lexicon;
}

function buildLexicon(): Lexicon {
  const corpus = readWordCorpus(`${DATA}/saudinewsnet`);
  log(`corpus: ${corpus.articles} articles, ${corpus.stream.length} tokens, ${corpus.words.length} word types`);
  // One clustering after another, their levels side by side: 3 numbers per clustering and word.
  const clusterings = CLUSTERINGS.map((options) => clusterWords(corpus, options));
  const clusters = { words: clusterings[0].words, levels: clusterings.flatMap((clustering) => clustering.levels) };
  const entries = new Map<string, LexiconEntry>();
  corpus.words.forEach((word, id) => {
    // '' is what a lone tatweel folds to: not a word, and a lexicon file cannot keep it (so a model
    // trained with it would not be the one `--lexicon-cache` or the recogniser reads back).
    if (word !== '' && corpus.counts[id] >= 2) entries.set(word, { bucket: frequencyBucket(corpus.counts[id]) });
  });
  clusters.words.forEach((word, i) => {
    const entry = entries.get(word);
    if (entry) entry.clusters = clusters.levels.map((level) => level[i]);
  });
  log(`lexicon: ${entries.size} words, ${clusters.words.length} clustered`);
  return new Lexicon(entries);
}

const describeAll = (sentences: readonly TaggedSentence[], lexicon: WordLexicon): TrainingSentence[] =>
  sentences.map((s) => ({ tokens: s.tokens.map((token) => describeToken(token, lexicon)), labels: s.labels }));

function decodeAll(model: TaggerModel, features: typeof BASE_FEATURES, sentences: readonly TrainingSentence[]): Uint8Array[] {
  const scratch = makeScratch(256);
  return sentences.map((s) => {
    const out = new Uint8Array(s.tokens.length);
    model.decode(features, s.tokens, scratch, out);
    return out;
  });
}

function withEvidence(sentences: readonly TrainingSentence[], firstLabels: readonly Uint8Array[]): TrainingSentence[] {
  const labelDocuments = pseudoDocuments(firstLabels);
  return pseudoDocuments(sentences).flatMap((document, d) => {
    const tokens = withDocumentEvidence(document.map((s) => s.tokens), labelDocuments[d]);
    return document.map((s, i) => ({ tokens: tokens[i], labels: s.labels }));
  });
}

function score(sentences: readonly TrainingSentence[], predicted: readonly Uint8Array[]): Score & { byType: Record<string, Score> } {
  const scorer = new ExactMatchScorer();
  sentences.forEach((s, i) => scorer.add(s.labels, predicted[i]));
  return { ...scorer.score(), byType: scorer.scoreByType() };
}

const round = (score: Score) => ({ precision: +score.precision.toFixed(3), recall: +score.recall.toFixed(3), f1: +score.f1.toFixed(3) });

/** `--out DIR`: where the model files go (default models/ner), so an experiment leaves the shipped model alone. */
function outputDirectory(): string {
  const at = process.argv.indexOf('--out');
  return at >= 0 ? resolve(process.argv[at + 1]) : modelDirectory();
}

interface TrainedRound {
  first: TaggerModel;
  second: TaggerModel;
  /** The base lexicon with the lists both passes mined. */
  lexicon: Lexicon;
  firstScore: ReturnType<typeof score>;
  trainedWithScore: ReturnType<typeof score>;
  secondScore: ReturnType<typeof score>;
  /** Dev with the final lists and first-pass document evidence, as the second pass reads it. */
  devSecondPass: TrainingSentence[];
}

/**
 * Steps 2–5 on the hand-labelled training sentences plus `silver` (machine-labelled, trained on
 * with weight settings.silverWeight in both passes), scored on dev.
 */
function trainRound(lexicon: Lexicon, corpusTexts: readonly string[], train: readonly TaggedSentence[], dev: readonly TaggedSentence[],
  silver: readonly TaggedSentence[]): TrainedRound {
  const weighted = (sentences: TrainingSentence[]) => sentences.map((s) => ({ ...s, weight: settings.silverWeight }));
  const trainDescribed = describeAll(train, lexicon);
  const silverDescribed = weighted(describeAll(silver, lexicon));
  const devDescribed = describeAll(dev, lexicon);
  const firstOptions = { features: BASE_FEATURES, epochs: settings.epochsFirst, minFeatureCount: 1, seed: settings.seed,
    dropout: settings.dropout, runs: settings.runs, minWeight: settings.minWeight };

  const jackknifeLabels: Uint8Array[] = new Array(train.length);
  const secondTrain: TrainingSentence[] = new Array(train.length);
  const foldSize = Math.ceil(train.length / settings.folds);
  for (let fold = 0; fold < settings.folds; fold++) {
    const from = fold * foldSize;
    const to = Math.min(train.length, from + foldSize);
    const model = learn(learners.first, [...trainDescribed.slice(0, from), ...trainDescribed.slice(to), ...silverDescribed], firstOptions);
    decodeAll(model, BASE_FEATURES, trainDescribed.slice(from, to)).forEach((labels, i) => { jackknifeLabels[from + i] = labels; });
    const lists = listsFromTallies(tallyCorpusLabels(new TwoPassTagger(model, undefined, lexicon), corpusTexts));
    describeAll(train.slice(from, to), new ListOverlay(lexicon, lists)).forEach((s, i) => { secondTrain[from + i] = s; });
    log(`fold ${fold + 1}/${settings.folds}: ${lists.size} mined list entries`);
  }

  const first = learn(learners.first, [...trainDescribed, ...silverDescribed], firstOptions);
  const devFirstLabels = decodeAll(first, BASE_FEATURES, devDescribed);
  /** The second pass on dev, with first-pass document evidence and the mined lists of `withLists`. */
  const scoreSecondPass = (model: TaggerModel, withLists: Lexicon) => {
    const described = withEvidence(describeAll(dev, withLists), devFirstLabels);
    return score(described, decodeAll(model, DOCUMENT_FEATURES, described));
  };
  const firstScore = score(devDescribed, devFirstLabels);
  log(`first pass dev: P=${firstScore.precision.toFixed(3)} R=${firstScore.recall.toFixed(3)} F1=${firstScore.f1.toFixed(3)}`);

  const firstPassLexicon = lexicon.withLists(listsFromTallies(tallyCorpusLabels(new TwoPassTagger(first, undefined, lexicon), corpusTexts)));
  // A silver sentence was kept because both passes agreed, so its labels stand for its first-pass
  // labels too: its document evidence is read from them (cleaner than the jackknifed evidence).
  const silverSecond = weighted(withEvidence(describeAll(silver, firstPassLexicon), silver.map((s) => Uint8Array.from(s.labels))));
  const second = learn(learners.second, [...withEvidence(secondTrain, jackknifeLabels), ...silverSecond],
    { ...firstOptions, features: DOCUMENT_FEATURES, epochs: settings.epochsSecond });
  const trainedWithScore = scoreSecondPass(second, firstPassLexicon);
  log(`second pass dev, first-pass lists: P=${trainedWithScore.precision.toFixed(3)} R=${trainedWithScore.recall.toFixed(3)} F1=${trainedWithScore.f1.toFixed(3)}`);

  const finalLexicon = lexicon.withLists(listsFromTallies(tallyCorpusLabels(new TwoPassTagger(first, second, firstPassLexicon), corpusTexts, 2)));
  const devSecondPass = withEvidence(describeAll(dev, finalLexicon), devFirstLabels);
  const secondScore = score(devSecondPass, decodeAll(second, DOCUMENT_FEATURES, devSecondPass));
  log(`second pass dev: P=${secondScore.precision.toFixed(3)} R=${secondScore.recall.toFixed(3)} F1=${secondScore.f1.toFixed(3)}`);
  return { first, second, lexicon: finalLexicon, firstScore, trainedWithScore, secondScore, devSecondPass };
}

/**
 * Step 6: the label bias tuned on all of dev (shipped), and the figure it gives when each half of
 * dev's pseudo-documents is decoded with the bias tuned on the other half (the honest one).
 */
function labelBiasOnDev(second: TaggerModel, dev: readonly TrainingSentence[]) {
  // One model whose transitions each trial overwrites: building its hash table once, not per trial.
  const probe = new TaggerModel(second.keys, second.weights, Float32Array.from(second.transitions));
  const decodeWith = (bias: LabelBias, which: readonly number[]) => {
    biasedTransitions(second.transitions, bias, probe.transitions);
    return decodeAll(probe, DOCUMENT_FEATURES, which.map((i) => dev[i]));
  };
  const scoreWith = (bias: LabelBias, which: readonly number[]) => score(which.map((i) => dev[i]), decodeWith(bias, which)).f1;
  const all = dev.map((_, i) => i);
  const halves = [0, 1].map((parity) => all.filter((i) => Math.floor(i / SENTENCES_PER_DOCUMENT) % 2 === parity));
  const crossPredicted: Uint8Array[] = new Array(dev.length);
  const halfBiases = halves.map((half, h) => {
    const { bias } = tuneLabelBias((trial) => scoreWith(trial, half));
    const other = halves[1 - h];
    decodeWith(bias, other).forEach((labels, k) => { crossPredicted[other[k]] = labels; });
    return bias;
  });
  const { bias } = tuneLabelBias((trial) => scoreWith(trial, all));
  return { bias, halfBiases, crossValidated: score(dev, crossPredicted), tuned: score(dev, decodeWith(bias, all)) };
}

function main(): void {
  const lexicon = baseLexicon();
  // Every corpusShare-th article is mined for lists; the articles halfway between give the silver.
  const corpusTexts: string[] = [];
  const silverTexts: string[] = [];
  let articleIndex = 0;
  readArticleTexts(`${DATA}/saudinewsnet`, (text) => {
    const share = articleIndex++ % settings.corpusShare;
    if (share === 0) corpusTexts.push(text);
    else if (share === Math.floor(settings.corpusShare / 2)) silverTexts.push(text);
  });

  const labelled = parseConll(readFileSync(`${DATA}/anercorp/anercorp-train.txt`, 'utf8'));
  // `dev` below is what each round is scored on: the dev split while choosing settings, the
  // holdout for the final model.
  const { train, dev } = split === 'final'
    ? (({ holdout, train }) => ({ train, dev: holdout }))(splitHoldout(labelled))
    : splitTrainDev(labelled);
  log(`ANERcorp: ${train.length} training sentences, ${dev.length} ${split === 'final' ? 'holdout' : 'dev'} sentences`);
  let trained = trainRound(lexicon, corpusTexts, train, dev, []);
  const roundOne = trained.secondScore;
  if (settings.silver > 0) {
    const tagger = new TwoPassTagger(trained.first, trained.second, trained.lexicon);
    const silver = silverSentences(tagger, silverTexts, { ...DEFAULT_SILVER_OPTIONS, limit: settings.silver });
    log(`self-training: ${silver.length} silver sentences, ${silver.reduce((n, s) => n + s.tokens.length, 0)} tokens`);
    trained = trainRound(lexicon, corpusTexts, train, dev, silver);
  }
  const { first, second, firstScore, trainedWithScore, secondScore } = trained;
  const labelBias = settings.labelBias && !fixedBias ? labelBiasOnDev(second, trained.devSecondPass) : undefined;
  const show = (s: Score) => `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}`;
  const named = (bias: LabelBias) => Object.fromEntries(ENTITY_TYPES.map((type, t) => [type, bias[t]]));
  if (labelBias) log(`label bias ${JSON.stringify(named(labelBias.bias))}; cross-validated over dev halves: ${show(labelBias.crossValidated)}; tuned on dev: ${show(labelBias.tuned)}`);
  const shippedBias = settings.labelBias ? fixedBias ?? labelBias?.bias : undefined;
  const shippedSecond = shippedBias ? new TaggerModel(second.keys, second.weights, biasedTransitions(second.transitions, shippedBias)) : second;
  const byType = (result: ReturnType<typeof score>) => Object.fromEntries(Object.entries(result.byType).map(([type, s]) => [type, round(s)]));
  // The final model's bias was frozen before it saw the holdout: its score with that bias is honest.
  const shippedScore = fixedBias && shippedBias ? score(trained.devSecondPass, decodeAll(shippedSecond, DOCUMENT_FEATURES, trained.devSecondPass)) : undefined;
  if (shippedScore) log(`shipped model on the holdout (bias ${JSON.stringify(named(fixedBias!))}): ${show(shippedScore)}`);

  const directory = outputDirectory();
  mkdirSync(directory, { recursive: true });
  const trainedOn = split === 'final' ? 'ANERcorp (the training file but its first 10%), SaudiNewsNet' : 'ANERcorp (first 85%), SaudiNewsNet';
  const metadata = { trainedOn, settings: { ...settings, ...learnerSettings, ...splitSettings } };
  writeFileSync(`${directory}/${MODEL_FILES.lexicon}`, trained.lexicon.serialize());
  writeFileSync(`${directory}/${MODEL_FILES.firstPass}`, first.serialize({ ...metadata, features: BASE_FEATURES.signature }));
  writeFileSync(`${directory}/${MODEL_FILES.secondPass}`, shippedSecond.serialize({ ...metadata, features: DOCUMENT_FEATURES.signature }));
  const scores = { sentences: dev.length, withoutSelfTraining: round(roundOne), firstPass: round(firstScore),
    secondPassWithFirstPassLists: round(trainedWithScore), secondPass: round(secondScore), byType: byType(secondScore) };
  writeFileSync(`${directory}/${MODEL_FILES.scores}`, JSON.stringify({
    settings: metadata.settings,
    ...(shippedScore
      ? { holdout: { ...scores, shipped: round(shippedScore), shippedByType: byType(shippedScore) } }
      : { dev: { ...scores,
        labelBias: labelBias && { bias: named(labelBias.bias), halves: labelBias.halfBiases.map(named),
          crossValidated: round(labelBias.crossValidated), tunedOnDev: round(labelBias.tuned),
          crossValidatedByType: byType(labelBias.crossValidated), tunedOnDevByType: byType(labelBias.tuned) } } }),
    seconds: Math.round((Date.now() - started) / 1000),
  }, null, 2) + '\n');
  log(`wrote ${directory}`);
}

main();
