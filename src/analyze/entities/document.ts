// Document-level consistency for the second pass: a name the first pass labelled in one sentence
// is evidence for the same word elsewhere in the article (Krishnan & Manning 2006). Each token
// learns the majority first-pass label of the other occurrences of its core form.
import { CORE_ATTRIBUTE, DOCUMENT_ATTRIBUTE, NO_DOCUMENT_EVIDENCE } from './features.ts';
import { hashString } from './hash.ts';
import { LABEL_COUNT, LABELS, OUTSIDE } from './labels.ts';

const L = LABEL_COUNT;
const SHARES = ['all', 'most', 'some'] as const;
const OUTSIDE_EVIDENCE = hashString('O', DOCUMENT_ATTRIBUTE);
/** The evidence hash of (label, share) at label * SHARES.length + share. */
const EVIDENCE_HASHES: Int32Array = (() => {
  const hashes = new Int32Array(L * SHARES.length);
  for (let label = 1; label < L; label++) {
    SHARES.forEach((share, s) => { hashes[label * SHARES.length + s] = hashString(`${LABELS[label]}:${share}`, DOCUMENT_ATTRIBUTE); });
  }
  return hashes;
})();

/**
 * The document attribute of each token of one document, given each token's core-form key and its
 * first-pass label: NO_DOCUMENT_EVIDENCE when the core form occurs once, else the majority label of
 * its other occurrences and how large the entity share of them is.
 */
export function documentEvidence(cores: ArrayLike<number>, labels: ArrayLike<number>, out: Int32Array = new Int32Array(cores.length)): Int32Array {
  const n = cores.length;
  const groupOf = new Map<number, number>();
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let g = groupOf.get(cores[i]);
    if (g === undefined) { g = groupOf.size; groupOf.set(cores[i], g); }
    group[i] = g;
  }
  const counts = new Int32Array(groupOf.size * L);
  for (let i = 0; i < n; i++) counts[group[i] * L + labels[i]]++;
  for (let i = 0; i < n; i++) {
    const base = group[i] * L;
    const own = labels[i];
    let others = 0;
    let entityVotes = 0;
    let best = OUTSIDE;
    let bestCount = 0;
    for (let label = 0; label < L; label++) {
      const count = counts[base + label] - (label === own ? 1 : 0);
      others += count;
      if (label === OUTSIDE) continue;
      entityVotes += count;
      if (count > bestCount) { bestCount = count; best = label; }
    }
    if (others === 0) { out[i] = NO_DOCUMENT_EVIDENCE; continue; }
    const share = entityVotes === others ? 0 : entityVotes * 2 >= others ? 1 : 2;
    out[i] = entityVotes === 0 ? OUTSIDE_EVIDENCE : EVIDENCE_HASHES[best * SHARES.length + share];
  }
  return out;
}

/**
 * Token descriptions with the document evidence filled in (training's path). The input arrays are
 * not changed (they may be shared); a token with evidence gets a copy.
 */
export function withDocumentEvidence(sentences: readonly (readonly Int32Array[])[], labels: readonly ArrayLike<number>[]): Int32Array[][] {
  const cores = sentences.flatMap((tokens) => tokens.map((token) => token[CORE_ATTRIBUTE]));
  const flatLabels = labels.flatMap((sentence) => Array.from(sentence));
  const evidence = documentEvidence(cores, flatLabels);
  let at = 0;
  return sentences.map((tokens) => tokens.map((token) => {
    const value = evidence[at++];
    if (value === NO_DOCUMENT_EVIDENCE) return token;
    const copy = Int32Array.from(token);
    copy[DOCUMENT_ATTRIBUTE] = value;
    return copy;
  }));
}
