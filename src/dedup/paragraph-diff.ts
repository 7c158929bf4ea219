// Which paragraphs differ between a copy and the article it copies, by paragraph hash.

export function differingParagraphs(copy: readonly string[], original: readonly string[]): { added: number[]; removed: number[] } {
  const inOriginal = new Set(original);
  const inCopy = new Set(copy);
  const added: number[] = [];
  const removed: number[] = [];
  copy.forEach((hash, index) => { if (!inOriginal.has(hash)) added.push(index); });
  original.forEach((hash, index) => { if (!inCopy.has(hash)) removed.push(index); });
  return { added, removed };
}
