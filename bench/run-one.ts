// Runs one benchmark module's default export (see bench/index.ts).
import { fileURLToPath, pathToFileURL } from 'node:url';

const file = process.argv[2];
const module = (await import(pathToFileURL(fileURLToPath(new URL(`./${file}`, import.meta.url))).href)) as { default: () => Promise<void> };
await module.default();
