// Latin (and other cased scripts') letters lowercase, so "UN" and "un" are one term.
// Only one-to-one mappings are taken: a letter whose lowercase is two characters (İ) keeps its
// length-changing form out of the table and folds through toLowerCase as is.
export function lowercase(ch: string): string {
  return ch.toLowerCase();
}
