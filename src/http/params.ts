// Query-string schemas shared by the JSON API and the reader: one place says what a valid
// page, limit or date is. Each failure becomes a 400 with a stable code.
import { z } from 'zod';

export const MAX_PAGE = 1000;
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'a date like 2015-07-21');

export const listParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
  source: z.string().max(200).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
});

export const searchParams = listParams.extend({
  q: z.string().max(20_000).default(''),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

export type ListParams = z.infer<typeof listParams>;
export type SearchParams = z.infer<typeof searchParams>;

/** Empty strings from HTML forms mean "not given". */
export function formValues(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
}
