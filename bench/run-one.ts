// Runs one benchmark module's default export (see bench/index.ts).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keepHeapsCompact } from '../src/cli/heap.ts';

// The benchmarks run the commands' code in process, so they run it with the commands' heap setting.
keepHeapsCompact();

const file = process.argv[2];
const module = (await import(pathToFileURL(fileURLToPath(new URL(`./${file}`, import.meta.url))).href)) as { default: () => Promise<void> };
await module.default();
