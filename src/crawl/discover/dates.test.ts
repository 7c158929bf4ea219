// Feed dates as Arabic sites write them, read to ISO 8601. Rules in src/crawl/discover/dates.ts,
// zone names in vocabulary.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFeedDate } from './dates.ts';

function expectDate(input: string, expected: string | undefined): void {
  assert.equal(readFeedDate(input), expected, `readFeedDate(${JSON.stringify(input)}): see src/crawl/discover/dates.ts`);
}

describe('feed dates', () => {
  it('RFC 822 with a numeric zone is converted to UTC: +0300 is three hours ahead', () => {
    expectDate('Tue, 10 Jun 2025 14:30:00 +0300', '2025-06-10T11:30:00.000Z');
    expectDate('Tue, 10 Jun 2025 14:30:00 -0500', '2025-06-10T19:30:00.000Z');
  });

  it('GMT+3, GMT+03:00 and UTC+3 are read as offsets, not as GMT', () => {
    for (const zone of ['GMT+3', 'GMT+03:00', 'UTC+3', '+03:00', 'GMT +0300']) {
      expectDate(`Tue, 10 Jun 2025 14:30:00 ${zone}`, '2025-06-10T11:30:00.000Z');
    }
  });

  it('a zone abbreviation: AST is Arabia Standard Time (+3), GMT is zero', () => {
    expectDate('10 Jun 2025 14:30:00 AST', '2025-06-10T11:30:00.000Z');
    expectDate('10 Jun 2025 14:30 GMT', '2025-06-10T14:30:00.000Z');
  });

  it('Arabic day and month names with Arabic-Indic digits: الثلاثاء، ١٠ يونيو ٢٠٢٥', () => {
    expectDate('الثلاثاء، ١٠ يونيو ٢٠٢٥ ١٤:٣٠:٠٠ +0300', '2025-06-10T11:30:00.000Z');
    expectDate('١٠ حزيران ٢٠٢٥', '2025-06-10');
    expectDate('3 أيلول 2024 09:15 GMT+3', '2024-09-03T06:15:00.000Z');
  });

  it('a 12-hour clock: 02:30 م is the afternoon, 12:10 AM is just after midnight', () => {
    expectDate('10 يونيو 2025 02:30 م +0300', '2025-06-10T11:30:00.000Z');
    expectDate('10 Jun 2025 12:10 AM GMT', '2025-06-10T00:10:00.000Z');
    expectDate('June 10, 2025 2:30 PM', '2025-06-10T14:30:00.000Z');
  });

  it('numeric dates are day first, as Arabic pages write them, unless the day says otherwise', () => {
    expectDate('05/06/2025', '2025-06-05');
    expectDate('06/25/2025', '2025-06-25');
    expectDate('2025/06/05 10:00', '2025-06-05T10:00:00.000Z');
  });

  it('W3C dates: a bare day stays a day, a time with a zone becomes UTC', () => {
    expectDate('2025-06-10', '2025-06-10');
    expectDate('2025-06-10T14:30:00+03:00', '2025-06-10T11:30:00.000Z');
    expectDate('2025-06-10T14:30:00.250Z', '2025-06-10T14:30:00.000Z');
    expectDate('2025-06-10 14:30:00+0300', '2025-06-10T11:30:00.000Z');
  });

  it('what is not a date is undefined, never a guess', () => {
    for (const input of ['', 'قريبا', '31 فبراير 2025', '2025-13-01', 'Tue, 10 Jun 2025 25:30:00 GMT', '10 Jun 2025 10:00 +2500']) {
      expectDate(input, undefined);
    }
  });
});
