// The library works on plain Node 20, without tsx: a project with node_modules/marsad (this
// checkout) imports it by name and extracts the seed page. package.json's exports send `import`
// to lib/ (the build `npm install` makes) and TypeScript's `types` to the sources.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, SEED, tempDir } from './helpers.ts';

describe('library on plain Node', () => {
  it("a consumer imports 'marsad' by name with plain node and extracts the seed page", () => {
    assert.ok(existsSync(join(ROOT, 'lib', 'index.js')), 'lib/index.js is missing: npm install (or npm run build) makes it');
    assert.ok(existsSync(SEED), `the seed page is missing at ${SEED}`);
    const dir = tempDir('marsad-consumer-');
    try {
      mkdirSync(join(dir.path, 'node_modules'));
      symlinkSync(ROOT, join(dir.path, 'node_modules', 'marsad'));
      writeFileSync(join(dir.path, 'package.json'), '{"type": "module"}');
      writeFileSync(join(dir.path, 'consumer.js'), [
        "import { readFileSync } from 'node:fs';",
        "import { extract, analyze, openStore } from 'marsad';",
        `const article = extract(readFileSync(${JSON.stringify(SEED)}));`,
        "console.log(JSON.stringify({ title: article.title, paragraphs: article.paragraphs.length, analyze: typeof analyze, openStore: typeof openStore }));",
      ].join('\n'));
      // No tsx anywhere: no --import, and NODE_OPTIONS cleared in case the test runner set it.
      const run = spawnSync(process.execPath, ['consumer.js'], { cwd: dir.path, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      assert.equal(run.status, 0, run.stderr);
      const out = JSON.parse(run.stdout.trim()) as { title: string; paragraphs: number; analyze: string; openStore: string };
      assert.match(out.title, /[\u0600-\u06FF]/);
      assert.ok(out.paragraphs > 0);
      assert.deepEqual([out.analyze, out.openStore], ['function', 'function']);
    } finally {
      dir.cleanup();
    }
  });
});
