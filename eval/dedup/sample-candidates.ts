// Picks the candidate pairs that were labelled by hand in pairs.tsv, and prints them for reading.
// It uses its own plain word shingles and term overlap, on purpose independent of the engine in
// src/dedup, so the sample does not lean towards what the engine finds. Strata cover the whole
// similarity range plus hard negatives (same topic, low text overlap) and containment cases.
//   node --import tsx eval/dedup/sample-candidates.ts > /tmp/candidates.txt   (text stays outside the repo)
import { loadSaudiNewsNet, type SaudiNewsRecord } from './saudinewsnet.ts';
import { SAMPLE_DAYS } from './sample-days.ts';
const SEED = 20150806;

const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;
function plainWords(text: string): string[] {
  return text.replace(DIACRITICS, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه')
    .split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

function shingles(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
  return out;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state / 2 ** 32; };
}

interface Candidate { a: number; b: number; jaccard: number; containment: number; cosine: number }

function main(): void {
  const records = loadSaudiNewsNet({ days: SAMPLE_DAYS }).filter((r) => r.content.trim().length > 0);
  const words = records.map((r) => plainWords(r.content));
  const sets = words.map(shingles);
  const postings = new Map<string, number[]>();
  sets.forEach((set, doc) => { for (const s of set) { let list = postings.get(s); if (!list) postings.set(s, list = []); list.push(doc); } });

  // Shared-shingle counts through postings; very common shingles (boilerplate) are skipped.
  const pairs = new Map<string, Candidate>();
  const shared = new Map<number, number>();
  for (let a = 0; a < records.length; a++) {
    shared.clear();
    for (const s of sets[a]) {
      const list = postings.get(s)!;
      if (list.length > 60) continue;
      for (const b of list) if (b > a) shared.set(b, (shared.get(b) ?? 0) + 1);
    }
    for (const [b, count] of shared) {
      if (count < 2) continue;
      const jaccard = count / (sets[a].size + sets[b].size - count);
      const containment = count / Math.min(sets[a].size, sets[b].size);
      pairs.set(a + ':' + b, { a, b, jaccard, containment, cosine: 0 });
    }
  }

  // Term cosine (tf-idf over words of 3+ letters) for same-topic pairs with little shared text.
  const df = new Map<string, number>();
  const tfs = words.map((ws) => { const tf = new Map<string, number>(); for (const w of ws) if (w.length >= 3) tf.set(w, (tf.get(w) ?? 0) + 1); for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1); return tf; });
  const vectors = tfs.map((tf) => {
    const weighted = [...tf].map(([w, c]) => [w, (1 + Math.log(c)) * Math.log(records.length / df.get(w)!)] as [string, number])
      .sort((x, y) => y[1] - x[1]).slice(0, 30);
    const norm = Math.hypot(...weighted.map((x) => x[1])) || 1;
    return new Map(weighted.map(([w, v]) => [w, v / norm]));
  });
  const termPostings = new Map<string, number[]>();
  vectors.forEach((v, doc) => { for (const w of v.keys()) { let l = termPostings.get(w); if (!l) termPostings.set(w, l = []); l.push(doc); } });
  for (let a = 0; a < records.length; a++) {
    const seen = new Set<number>();
    for (const w of vectors[a].keys()) for (const b of termPostings.get(w)!) if (b > a && termPostings.get(w)!.length < 200) seen.add(b);
    for (const b of seen) {
      let dot = 0; for (const [w, v] of vectors[a]) dot += v * (vectors[b].get(w) ?? 0);
      if (dot < 0.15) continue;
      const key = a + ':' + b;
      const existing = pairs.get(key);
      if (existing) existing.cosine = dot; else pairs.set(key, { a, b, jaccard: 0, containment: 0, cosine: dot });
    }
  }

  const rand = random(SEED);
  const all = [...pairs.values()];
  const strata: Array<{ name: string; take: number; test: (c: Candidate) => boolean }> = [
    { name: 'j>=0.9', take: 35, test: (c) => c.jaccard >= 0.9 },
    { name: 'j0.7-0.9', take: 40, test: (c) => c.jaccard >= 0.7 && c.jaccard < 0.9 },
    { name: 'j0.5-0.7', take: 45, test: (c) => c.jaccard >= 0.5 && c.jaccard < 0.7 },
    { name: 'j0.35-0.5', take: 45, test: (c) => c.jaccard >= 0.35 && c.jaccard < 0.5 },
    { name: 'j0.2-0.35', take: 40, test: (c) => c.jaccard >= 0.2 && c.jaccard < 0.35 },
    { name: 'j0.08-0.2', take: 35, test: (c) => c.jaccard >= 0.08 && c.jaccard < 0.2 },
    { name: 'contained', take: 30, test: (c) => c.containment >= 0.75 && c.jaccard < 0.5 },
    { name: 'same-topic', take: 45, test: (c) => c.jaccard < 0.08 && c.cosine >= 0.35 },
    { name: 'loose-topic', take: 20, test: (c) => c.jaccard < 0.05 && c.cosine >= 0.15 && c.cosine < 0.35 },
  ];
  const chosen = new Map<string, { c: Candidate; stratum: string }>();
  for (const stratum of strata) {
    const pool = all.filter((c) => stratum.test(c) && !chosen.has(c.a + ':' + c.b));
    for (let i = 0; i < stratum.take && pool.length > 0; i++) {
      const [c] = pool.splice(Math.floor(rand() * pool.length), 1);
      chosen.set(c.a + ':' + c.b, { c, stratum: stratum.name });
    }
  }
  const order = [...chosen.values()];
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  order.forEach(({ c, stratum }, index) => printPair(index + 1, records[c.a], records[c.b], stratum));
  console.error(`pairs=${order.length} from ${records.length} articles; strata: ` + strata.map((s) => `${s.name}=${order.filter((o) => o.stratum === s.name).length}`).join(' '));
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!؟?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 0);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max) + '…';
}

// Reading aid: the sentences each text has that the other lacks (as `diff` would show), so a byline
// swap or a dropped paragraph is visible at a glance. The stratum is printed to stderr only.
function printPair(index: number, a: SaudiNewsRecord, b: SaudiNewsRecord, stratum: string): void {
  const key = (s: string) => plainWords(s).join(' ');
  const sa = sentences(a.content), sb = sentences(b.content);
  const ka = new Set(sa.map(key)), kb = new Set(sb.map(key));
  const onlyA = sa.filter((s) => !kb.has(key(s))), onlyB = sb.filter((s) => !ka.has(key(s)));
  const common = sa.filter((s) => kb.has(key(s)));
  console.error(`#${index} ${stratum}`);
  console.log(`=== #${index}\t${a.url}\t${b.url}`);
  for (const [tag, r, all, only] of [['A', a, sa, onlyA], ['B', b, sb, onlyB]] as const) {
    console.log(`${tag} ${r.source} ${r.date_extracted} | ${r.title} | ${r.author} | ${plainWords(r.content).length}w ${all.length}s, own ${only.length}s`);
  }
  if (common.length > 0) console.log(`  common(${common.length}): ${clip(common[0], 100)}`);
  for (const [tag, only] of [['A', onlyA], ['B', onlyB]] as const) {
    const shown = only.slice(0, 2).map((s) => clip(s, 170)).join(' ¦ ');
    if (only.length > 0) console.log(`  ${tag}-only: ${shown}${only.length > 2 ? ` ¦ (+${only.length - 2} more, last: ${clip(only[only.length - 1], 90)})` : ''}`);
  }
}

main();
