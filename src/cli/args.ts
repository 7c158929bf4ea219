// Flag parsing for the commands: node:util's parseArgs, with its errors turned into one-line usage
// errors (exit 2) instead of stack traces.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MarsadError } from '../core/errors.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new MarsadError('usage', `${(error as Error).message.split('\n')[0].replace(/\.$/, '')} (usage: ${usage})`);
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
