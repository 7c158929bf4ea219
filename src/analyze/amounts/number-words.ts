// Arabic number words (STYLE.md rule 8). Written as newspapers write them; the reader folds them
// (foldForSearch), so ثلاثة and ثلاثه, مائة and مئة, ألف and الف agree. Forms with the conjunction
// و (وعشرين) are handled by the reader.

/** Units, teens and tens, in their masculine, feminine and case forms. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['صفر', 0],
  ['واحد', 1], ['واحدة', 1], ['واحدا', 1], ['أحد', 1], ['إحدى', 1],
  ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2],
  ['ثلاثة', 3], ['ثلاث', 3], ['أربعة', 4], ['أربع', 4], ['خمسة', 5], ['خمس', 5], ['ستة', 6], ['ست', 6],
  ['سبعة', 7], ['سبع', 7], ['ثمانية', 8], ['ثماني', 8], ['ثمان', 8], ['تسعة', 9], ['تسع', 9],
  ['عشرة', 10], ['عشر', 10],
  ['عشرون', 20], ['عشرين', 20], ['ثلاثون', 30], ['ثلاثين', 30], ['أربعون', 40], ['أربعين', 40],
  ['خمسون', 50], ['خمسين', 50], ['ستون', 60], ['ستين', 60], ['سبعون', 70], ['سبعين', 70],
  ['ثمانون', 80], ['ثمانين', 80], ['تسعون', 90], ['تسعين', 90],
  ['مائة', 100], ['مئة', 100], ['مائتان', 200], ['مائتين', 200], ['مئتان', 200], ['مئتين', 200],
  ['ثلاثمائة', 300], ['ثلاثمئة', 300], ['أربعمائة', 400], ['أربعمئة', 400], ['خمسمائة', 500], ['خمسمئة', 500],
  ['ستمائة', 600], ['ستمئة', 600], ['سبعمائة', 700], ['سبعمئة', 700], ['ثمانمائة', 800], ['ثمانمئة', 800],
  ['تسعمائة', 900], ['تسعمئة', 900],
]);

/** Multipliers: ألف، مليون، مليار… in singular, dual and plural forms. */
export const SCALE_WORDS: ReadonlyMap<string, { value: number; count?: number }> = new Map([
  ['ألف', { value: 1e3 }], ['ألفا', { value: 1e3 }], ['آلاف', { value: 1e3 }], ['الآلاف', { value: 1e3 }], ['ألفين', { value: 1e3, count: 2 }], ['ألفان', { value: 1e3, count: 2 }], ['ألفي', { value: 1e3, count: 2 }],
  ['مليون', { value: 1e6 }], ['مليونا', { value: 1e6 }], ['ملايين', { value: 1e6 }], ['مليونين', { value: 1e6, count: 2 }], ['مليونان', { value: 1e6, count: 2 }], ['مليوني', { value: 1e6, count: 2 }], ['المليون', { value: 1e6 }],
  ['مليار', { value: 1e9 }], ['مليارا', { value: 1e9 }], ['مليارات', { value: 1e9 }], ['مليارين', { value: 1e9, count: 2 }], ['ملياري', { value: 1e9, count: 2 }], ['المليار', { value: 1e9 }],
  ['بليون', { value: 1e9 }], ['بلايين', { value: 1e9 }],
  ['تريليون', { value: 1e12 }], ['تريليونات', { value: 1e12 }],
]);

/** Fractions: "نصف مليون", "مليون ونصف المليون", "ربع مليار". */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([['نصف', 0.5], ['ربع', 0.25], ['ثلث', 1 / 3]]);

/**
 * Words for an unspecified count: "عشرات الملايين" (tens of millions). We read them as their
 * smallest round value (عشرات = 10, مئات = 100) and mark the amount approximate.
 */
export const APPROXIMATE_WORDS: ReadonlyMap<string, number> = new Map([['عشرات', 10], ['مئات', 100], ['مائات', 100]]);

/** Plural scales with no number before them are approximate too: "آلاف الدولارات", "ملايين". */
export const PLURAL_SCALES: readonly string[] = ['آلاف', 'ملايين', 'مليارات', 'بلايين'];

/** Percent written in words after the number: 20 في المئة, 20 بالمائة. */
export const PERCENT_WORDS: readonly string[] = ['في المئة', 'في المائة', 'بالمئة', 'بالمائة', 'في المية', 'بالمية', 'في المائه'];

/** Percent signs: % and the Arabic ٪. */
export const PERCENT_SIGNS: readonly string[] = ['%', '٪'];

/**
 * The letter ر between two numbers is how some wires write a decimal point, digits reversed
 * by bidi: "9ر10 ملايين" is 10.9 million, "5ر2 %" is 2.5%.
 */
export const REVERSED_DECIMAL_LETTER = 'ر';
