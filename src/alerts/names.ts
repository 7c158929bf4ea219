// What an alert's name and webhook may be. A name is a path segment (/alerts/NAME.rss) and a word
// on the command line, so it holds letters of any script (Arabic included), digits, '-' and '_' —
// no spaces, slashes or dots — and is stored in NFC so one name is never two.
import { MarsadError } from '../core/errors.ts';

export const MAX_NAME_CHARS = 64;
/** Letters, combining marks (harakat typed in a name), digits, '-' and '_'; a letter or digit first. */
const NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]*$/u;

/** The name in NFC, or a MarsadError ('usage') that says what a good name looks like. */
export function checkAlertName(input: string): string {
  const name = input.normalize('NFC');
  if (name.length === 0) throw new MarsadError('usage', 'an alert needs a name');
  if (name.length > MAX_NAME_CHARS) throw new MarsadError('usage', `an alert name has at most ${MAX_NAME_CHARS} characters`);
  if (!NAME.test(name)) {
    throw new MarsadError('usage',
      `bad alert name ${JSON.stringify(input)}: use letters (Arabic too), digits, '-' and '_', no spaces, slashes or dots (e.g. ليبيا-الانتخابات)`);
  }
  return name;
}

/** An absolute http(s) URL, or a MarsadError ('usage'). */
export function checkWebhookUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new MarsadError('usage', `--webhook wants an http:// or https:// URL, got ${JSON.stringify(input)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new MarsadError('usage', `--webhook wants an http:// or https:// URL, got ${JSON.stringify(input)}`);
  }
  return url.href;
}
