// marsad alert, run as a user runs it: add, list, check and remove; mistakes in names, queries,
// entities and webhooks are one-line errors with exit code 2 and change nothing.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runMarsad, tempDir } from '../../../test/helpers.ts';
import { fillTestArchive, HARRISON } from '../../http/testing/archive.ts';

function oneLineError(result: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  assert.equal(result.code, 2, `exit code (stderr: ${result.stderr})`);
  assert.equal(result.stderr.trim().split('\n').length, 1, `one line: ${result.stderr}`);
  assert.match(result.stderr, pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
}

describe('marsad alert', () => {
  const dir = tempDir('marsad-alert-cli-');
  const db = join(dir.path, 'cli.db');
  const alert = (...args: string[]) => runMarsad(['alert', ...args, '--db', db]);
  before(async () => { await fillTestArchive(db); });
  after(() => dir.cleanup());

  it('add, list --json and remove an alert with an Arabic name', async () => {
    const added = await alert('add', 'انتخابات', '--query', 'الانتخابات', '--entity', HARRISON, '--webhook', 'http://127.0.0.1:9/hook');
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /added alert انتخابات/);
    assert.match(added.stdout, new RegExp(`\\[${HARRISON}\\]`));
    assert.match(added.stdout, /from now on/, 'says that stored articles are not matched');
    const listed = await alert('list', '--json');
    assert.equal(listed.code, 0, listed.stderr);
    const { alerts } = JSON.parse(listed.stdout) as { alerts: Array<{ name: string; query: string; entityId: string; webhook: string; matches: number }> };
    assert.deepEqual(alerts.map((a) => [a.name, a.query, a.entityId, a.webhook, a.matches]),
      [['انتخابات', 'الانتخابات', HARRISON, 'http://127.0.0.1:9/hook', 0]]);
    const removed = await alert('remove', 'انتخابات');
    assert.equal(removed.code, 0, removed.stderr);
    assert.deepEqual(JSON.parse((await alert('list', '--json')).stdout), { alerts: [] });
  });

  it('an entity is found by its name in another spelling', async () => {
    const added = await alert('add', 'النوري', '--query', 'النوري', '--entity', 'عادل النورى');
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /mentioning عادل النوري \[per:/);
    await alert('remove', 'النوري');
  });

  it('--backfill matches what is stored; check then finds nothing new', async () => {
    const added = await alert('add', 'أمطار', '--query', 'أمطار غزيرة', '--backfill');
    assert.equal(added.code, 0, added.stderr);
    const backfilled = Number(/backfilled (\d+)/.exec(added.stdout)?.[1]);
    const search = JSON.parse((await runMarsad(['search', 'أمطار غزيرة', '--json', '--limit', '1000', '--db', db])).stdout) as { total: number };
    assert.equal(backfilled, search.total);
    const checked = await alert('check');
    assert.equal(checked.code, 0, checked.stderr);
    assert.equal(checked.stdout.trim(), 'matched 0 delivered 0 failed 0 pending 0');
    const listed = await alert('list');
    assert.match(listed.stdout, new RegExp(`أمطار  «أمطار غزيرة»  matches ${search.total}`));
    await alert('remove', 'أمطار');
  });

  it('bad names, queries, entities, webhooks and subcommands are one-line errors with exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['add', 'اسم فيه مسافة', '--query', 'ليبيا'], /bad alert name/],
      [['add', 'اسم', 'ثان', '--query', 'ليبيا'], /one alert name, without spaces/],
      [['add', 'ليبيا/طرابلس', '--query', 'ليبيا'], /bad alert name/],
      [['add', 'ليبيا.rss', '--query', 'ليبيا'], /bad alert name/],
      [['add', 'ليبيا'], /--query is needed/],
      [['add', 'ليبيا', '--query', '-الانتخابات'], /argument is ambiguous|no words to search for/],
      [['add', 'ليبيا', '--query=-الانتخابات'], /no words to search for/],
      [['add', 'ليبيا', '--query', '؟؟ ...'], /no words to search for/],
      [['add', 'ليبيا', '--query', 'ليبيا', '--entity', 'شخص-لا-وجود-له'], /no entity with the id or name/],
      // Two entities carry this name in the test archive: the user must choose.
      [['add', 'ليبيا', '--query', 'ليبيا', '--entity', 'مارجريت هاريسون'], /names several entities: per:\S+ \(مارغريت هاريسون\), per:/],
      [['add', 'ليبيا', '--query', 'ليبيا', '--webhook', 'ftp://hooks.example/x'], /--webhook wants an http/],
      [['add', 'ليبيا', '--query', 'ليبيا', '--webhook', 'ليس عنوانا'], /--webhook wants an http/],
      [['add', 'ليبيا', '--query', 'ليبيا', '--colour', 'red'], /Unknown option '--colour'/],
      [['remove', 'لا-يوجد'], /no alert named "لا-يوجد"/],
      [['remove'], /an alert name is needed/],
      [['list', 'زائد'], /takes no names/],
      [['rename', 'أ', 'ب'], /wants add, list, remove or check/],
    ];
    for (const [args, pattern] of cases) oneLineError(await alert(...args), pattern);
    assert.deepEqual(JSON.parse((await alert('list', '--json')).stdout), { alerts: [] }, 'nothing was added');
  });

  it('a name taken already is refused', async () => {
    assert.equal((await alert('add', 'مكرر', '--query', 'ليبيا')).code, 0);
    oneLineError(await alert('add', 'مكرر', '--query', 'تونس'), /exists already/);
    await alert('remove', 'مكرر');
  });
});
