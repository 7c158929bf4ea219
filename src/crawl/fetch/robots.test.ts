import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAllowedByRobots, normaliseForMatch, parseRobots } from './robots.ts';

function allows(robotsTxt: string, path: string, agent = 'marsad'): boolean {
  return isAllowedByRobots(parseRobots(robotsTxt, agent), path);
}

describe('robots.txt parsing and matching (RFC 9309)', () => {
  it('a group for our token wins over the * group', () => {
    const text = 'User-agent: *\nDisallow: /\n\nUser-agent: Marsad\nDisallow: /أرشيف/\n';
    assert.ok(allows(text, '/أخبار/1'));
    assert.ok(!allows(text, '/%D8%A3%D8%B1%D8%B4%D9%8A%D9%81/1'));
    assert.ok(!allows(text, '/أخبار/1', 'otherbot'));
  });

  it('a user-agent line with a version still names the product token', () => {
    assert.ok(!allows('User-agent: Marsad/0.1\nDisallow: /x\n', '/x'));
  });

  it('consecutive user-agent lines share one group; a later one opens a new group', () => {
    const text = 'User-agent: a\nUser-agent: marsad\nDisallow: /one\nUser-agent: b\nDisallow: /two\n';
    assert.ok(!allows(text, '/one'));
    assert.ok(allows(text, '/two'));
  });

  it('several groups for our token are merged', () => {
    const text = 'User-agent: marsad\nDisallow: /a\n\nUser-agent: *\nDisallow: /c\n\nUser-agent: marsad\nDisallow: /b\n';
    assert.ok(!allows(text, '/a'));
    assert.ok(!allows(text, '/b'));
    assert.ok(allows(text, '/c'));
  });

  it('the longest matching rule decides', () => {
    const text = 'User-agent: *\nDisallow: /أخبار/\nAllow: /أخبار/عاجل\n';
    assert.ok(!allows(text, '/أخبار/محلية'));
    assert.ok(allows(text, '/أخبار/عاجل/1'));
  });

  it('Allow wins a tie of equal length', () => {
    assert.ok(allows('User-agent: *\nDisallow: /page\nAllow: /page\n', '/page'));
  });

  it('* matches any run of characters', () => {
    const text = 'User-agent: *\nDisallow: /*?print=\nDisallow: /*/تعليقات\n';
    assert.ok(!allows(text, '/خبر/1?print=1'));
    assert.ok(!allows(text, '/خبر/1/تعليقات'));
    assert.ok(allows(text, '/خبر/1'));
  });

  it('a final $ anchors the end', () => {
    const text = 'User-agent: *\nDisallow: /*.pdf$\n';
    assert.ok(!allows(text, '/تقرير.pdf'));
    assert.ok(allows(text, '/تقرير.pdf?page=2'));
  });

  it('an empty Disallow allows everything', () => {
    assert.ok(allows('User-agent: *\nDisallow:\n', '/أي-شيء'));
  });

  it('no matching group and no * group: everything allowed', () => {
    assert.ok(allows('User-agent: otherbot\nDisallow: /\n', '/خبر'));
  });

  it('robots.txt itself is always allowed', () => {
    assert.ok(allows('User-agent: *\nDisallow: /\n', '/robots.txt'));
  });

  it('comments, a BOM, CR line ends and field-name case are tolerated', () => {
    const text = '\uFEFF# تعليق\r\nUSER-AGENT: * # all\r\ndisallow: /خاص # private\r\n';
    assert.ok(!allows(text, '/خاص/1'));
    assert.ok(allows(text, '/عام'));
  });

  it('Crawl-delay is read from the chosen group, in milliseconds', () => {
    const text = 'User-agent: *\nCrawl-delay: 10\n\nUser-agent: marsad\nCrawl-delay: 2.5\nDisallow: /x\n';
    assert.equal(parseRobots(text, 'marsad').crawlDelayMs, 2500);
    assert.equal(parseRobots(text, 'otherbot').crawlDelayMs, 10_000);
    assert.equal(parseRobots('User-agent: *\nCrawl-delay: soon\n', 'marsad').crawlDelayMs, undefined);
  });

  it('Sitemap lines are collected wherever they stand', () => {
    const text = 'Sitemap: https://example.com/news-sitemap.xml\nUser-agent: *\nDisallow: /x\nSitemap: https://example.com/sitemap.xml\n';
    assert.deepEqual(parseRobots(text, 'marsad').sitemaps, ['https://example.com/news-sitemap.xml', 'https://example.com/sitemap.xml']);
  });

  it('percent-encoding is normalised on both sides before comparing', () => {
    assert.equal(normaliseForMatch('/أخبار'), '/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1');
    assert.equal(normaliseForMatch('/%d8%a3%7e'), '/%D8%A3~');
    assert.ok(!allows('User-agent: *\nDisallow: /%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/\n', '/أخبار/1'));
  });

  it('a pattern full of * cannot make matching slow', () => {
    const text = `User-agent: *\nDisallow: /${'a*'.repeat(40)}b\n`;
    // A backtracking regular expression would take ages here; the wildcard matcher is linear-ish.
    assert.ok(allows(text, `/${'a'.repeat(2000)}`));
  });
});
