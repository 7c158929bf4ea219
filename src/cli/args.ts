// Flag parsing for the commands: node:util's parseArgs, with its errors turned into one-line usage
// errors (exit 2) instead of stack traces.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MarsadError } from '../core/errors.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** `marsad CMD --help`: thrown by parse, answered by main with the usage on stdout and exit 0. */
export class HelpRequested extends Error {
  constructor(readonly usage: string) {
    super(usage);
  }
}

export function parse<O extends Options>(args: string[], options: O, usage: string) {
  // Only before a "--": after it, --help is a value ("marsad search -- --help" searches for it).
  const end = args.indexOf('--');
  const flags = end === -1 ? args : args.slice(0, end);
  if (!('help' in options) && (flags.includes('--help') || flags.includes('-h'))) throw new HelpRequested(usage);
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs's first line, without its advice on "--" (it quotes the flag unbalanced).
    const first = (error as Error).message.split('\n')[0].replace(/\.? ?To specify a positional argument starting with a '-'.*$/, '').replace(/\.$/, '');
    throw new MarsadError('usage', `${first} (usage: ${usage})`);
  }
}

export function intFlag(value: string | undefined, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new MarsadError('usage', `--${name} wants a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** `--db`, else $MARSAD_DB, else ./marsad.db (DESIGN.md). */
export function dbFlag(value: string | undefined): string {
  return value ?? process.env.MARSAD_DB ?? './marsad.db';
}

export const DB_OPTION = { db: { type: 'string' } } as const;
