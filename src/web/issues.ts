// Query-string problems told to a reader in Arabic: which field, and what a good value looks like.
import type { z } from 'zod';
import { MAX_PAGE, MAX_QUERY_CHARS } from '../http/params.ts';
import { arabicNumber } from './format.ts';

const FIELD_HINTS: Record<string, string> = {
  // Every number through arabicNumber, so one sentence never mixes ١ with 1,000.
  page: `رقم الصفحة عدد صحيح من ${arabicNumber(1)} إلى ${arabicNumber(MAX_PAGE)}`,
  limit: `عدد النتائج في الصفحة من ${arabicNumber(1)} إلى ${arabicNumber(100)}`,
  from: 'تاريخ البداية مثل 2015-07-21',
  to: 'تاريخ النهاية مثل 2015-07-21',
  since: 'التاريخ مثل 2015-07-21',
  q: `نص البحث أطول من ${arabicNumber(MAX_QUERY_CHARS)} حرف؛ اختصره`,
  source: 'اسم المصدر أطول مما ينبغي',
  entity: 'معرّف العلم أطول مما ينبغي',
  name: 'الاسم أطول مما ينبغي',
  type: 'النوع واحد من: شخص، مؤسسة، مكان، أخرى',
};

export function arabicIssues(error: z.ZodError): string {
  const fields = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? '')))];
  return fields.map((field) => FIELD_HINTS[field] ?? `قيمة غير صالحة في «${field}»`).join('؛ ') + '.';
}
