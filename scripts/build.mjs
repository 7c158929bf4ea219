#!/usr/bin/env node
// Compiles src/ into lib/ (same tree, .ts/.tsx → .js, every other file copied) so that `marsad` runs
// as plain JavaScript. Running through tsx costs a loader thread per process and per worker thread
// (~17 MB each) and a compile at every start; the build removes both. bin/marsad uses lib/ only
// while it is newer than every file in src/ (see scripts/build-freshness.mjs), so a stale build is
// never run: it falls back to tsx.
//
// esbuild transforms each file alone, exactly as tsx does, so the built code behaves as the code
// the tests run. Relative specifiers ending in .ts/.tsx become .js; that rewrite is the only change.
// The new tree is written beside lib/ and swapped in by one rename, so a failed build leaves the
// old one and a running marsad never sees a half-written tree.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { BUILD_STAMP } from './build-freshness.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** './x.ts', "../y/z.tsx": a relative module specifier naming a TypeScript file. */
const RELATIVE_TS_SPECIFIER = /(["'])(\.\.?\/[^"'\n]*?)\.tsx?\1/g;

function isTest(name) {
  return /\.test\.tsx?$/.test(name);
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile() && !isTest(entry.name)) yield path;
  }
}

async function compile(path, out) {
  const code = readFileSync(path, 'utf8');
  const result = await transform(code, {
    loader: path.endsWith('.tsx') ? 'tsx' : 'ts',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    sourcemap: 'external',
    sourcefile: relative(dirname(out), path),
  });
  const js = out.replace(/\.tsx?$/, '.js');
  const name = js.slice(js.lastIndexOf('/') + 1);
  writeFileSync(js, `${result.code.replace(RELATIVE_TS_SPECIFIER, '$1$2.js$1')}//# sourceMappingURL=${name}.map\n`);
  writeFileSync(`${js}.map`, result.map);
}

/**
 * Builds src/ into `target` (default lib/; the tests build a sibling directory, which must sit at
 * the same depth as src/ because modules find models/ and package.json by relative URLs).
 */
export async function build(target = join(root, 'lib')) {
  const source = join(root, 'src');
  const staging = `${target}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let count = 0;
  try {
    for (const path of files(source)) {
      const out = join(staging, relative(source, path));
      mkdirSync(dirname(out), { recursive: true });
      if (/\.tsx?$/.test(path)) {
        await compile(path, out);
        count++;
      } else {
        copyFileSync(path, out);
      }
    }
    writeFileSync(join(staging, BUILD_STAMP), `built from src/ at ${new Date().toISOString()}\n`);
    const old = `${target}.old-${process.pid}`;
    try { renameSync(target, old); } catch { /* no earlier build */ }
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return count;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv.indexOf('--out');
  const target = out > 0 ? join(root, process.argv[out + 1]) : undefined;
  const count = await build(target);
  process.stdout.write(`built ${count} modules into ${relative(root, target ?? join(root, 'lib'))}/\n`);
}
