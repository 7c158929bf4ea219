// Document-level consistency for the second pass: a name the first pass labelled in one sentence
// is evidence for the same word elsewhere in the article (Krishnan & Manning 2006). Each token
// learns the majority first-pass label of the other occurrences of its core form.
import { CORE_ATTRIBUTE, DOCUMENT_ATTRIBUTE, NO_DOCUMENT_EVIDENCE } from './features.ts';
import { hashString } from './hash.ts';
import { LABEL_COUNT, LABELS, OUTSIDE } from './labels.ts';

const EVIDENCE_HASHES: ReadonlyMap<string, number> = (() => {
  const hashes = new Map<string, number>();
  hashes.set('O', hashString('O', DOCUMENT_ATTRIBUTE));
  for (let label = 1; label < LABEL_COUNT; label++) {
    for (const share of ['all', 'most', 'some']) {
      const key = `${LABELS[label]}:${share}`;
      hashes.set(key, hashString(key, DOCUMENT_ATTRIBUTE));
    }
  }
  return hashes;
})();

/**
 * Token descriptions with the document evidence filled in. The input arrays are not changed (they
 * may be shared through a cache); a token with evidence gets a copy.
 */
export function withDocumentEvidence(sentences: readonly (readonly Int32Array[])[], labels: readonly ArrayLike<number>[]): Int32Array[][] {
  const votes = new Map<number, Int32Array>();
  sentences.forEach((tokens, s) => {
    for (let i = 0; i < tokens.length; i++) {
      const key = tokens[i][CORE_ATTRIBUTE];
      let counts = votes.get(key);
      if (!counts) { counts = new Int32Array(LABEL_COUNT); votes.set(key, counts); }
      counts[labels[s][i]]++;
    }
  });
  return sentences.map((tokens, s) => tokens.map((token, i) => {
    const counts = votes.get(token[CORE_ATTRIBUTE])!;
    const own = labels[s][i];
    let others = 0;
    let entityVotes = 0;
    let best = OUTSIDE;
    let bestCount = 0;
    for (let label = 0; label < LABEL_COUNT; label++) {
      const count = counts[label] - (label === own ? 1 : 0);
      others += count;
      if (label === OUTSIDE) continue;
      entityVotes += count;
      if (count > bestCount) { bestCount = count; best = label; }
    }
    if (others === 0) return token;
    const share = entityVotes === others ? 'all' : entityVotes * 2 >= others ? 'most' : 'some';
    const evidence = entityVotes === 0 ? EVIDENCE_HASHES.get('O')! : EVIDENCE_HASHES.get(`${LABELS[best]}:${share}`)!;
    if (evidence === NO_DOCUMENT_EVIDENCE) return token;
    const copy = Int32Array.from(token);
    copy[DOCUMENT_ATTRIBUTE] = evidence;
    return copy;
  }));
}
