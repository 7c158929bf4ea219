// Where the trained model lives: models/ner/ at the project root, found from this file so it
// loads the same from the CLI, the tests and a library user's process.
import { fileURLToPath } from 'node:url';

export const MODEL_FILES = {
  lexicon: 'lexicon.tsv.gz',
  firstPass: 'first-pass.bin.gz',
  secondPass: 'second-pass.bin.gz',
  scores: 'scores.json',
} as const;

export function modelDirectory(): string {
  return fileURLToPath(new URL('../../../models/ner', import.meta.url));
}
