// Dates as records and scrapers write them, read strictly: a value that does not name a real
// moment ("9999-99-99", "2015-02-31", "yesterday") is no date at all, so it is never stored as a
// publication or first-seen time (it would sort first, and print as an empty date).

const DAY_AND_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/;

/** True when the day (and the time, when given) exists: Date.parse rolls 2015-02-31 over to March. */
function fieldsExist(value: string): boolean {
  const match = DAY_AND_TIME.exec(value.trim());
  if (!match) return true;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const probe = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  return probe.getUTCFullYear() === Number(year) && probe.getUTCMonth() === Number(month) - 1 && probe.getUTCDate() === Number(day)
    && probe.getUTCHours() === Number(hour) && probe.getUTCMinutes() === Number(minute) && probe.getUTCSeconds() === Number(second);
}

/** The value as given when it names a real moment (its own zone kept), else undefined. */
export function validDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const parseable = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed;
  return !Number.isNaN(Date.parse(parseable)) && fieldsExist(trimmed) ? trimmed : undefined;
}

/** SaudiNewsNet writes `2015-07-21 02:51:32`; ISO wants a T and a zone (the dump gives none: UTC). */
export function isoFromLooseDate(value: string | undefined): string | undefined {
  const valid = validDate(value);
  if (!valid) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(valid);
  const time = Date.parse(match ? `${match[1]}T${match[2]}Z` : /^\d{4}-\d{2}-\d{2}$/.test(valid) ? `${valid}T00:00:00Z` : valid);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
