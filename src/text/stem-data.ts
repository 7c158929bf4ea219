// Suffixes for the light stemmer, as data (STYLE.md rule 8), in the search profile
// (ة is ه, ى is ي). Each list is tried in order and at most one suffix of each list comes off.

/**
 * Attached pronouns and the feminine ending (ة folds to ه, so the two cannot be told apart):
 * at most one comes off, longest first. `minRest` counts the letters that must remain.
 */
export const PRONOUN_SUFFIXES: readonly { form: string; minRest: number }[] = [
  { form: 'هما', minRest: 3 },
  { form: 'كما', minRest: 4 },
  { form: 'هم', minRest: 3 },
  { form: 'هن', minRest: 3 },
  { form: 'ها', minRest: 2 },
  { form: 'كم', minRest: 4 },
  { form: 'كن', minRest: 4 },
  { form: 'نا', minRest: 3 },
  { form: 'ه', minRest: 2 },
];

/** Plural, dual and nisba endings, each tried once in this order (سعوديين → سعودي → سعود). */
export const INFLECTION_SUFFIXES: readonly { form: string; minRest: number }[] = [
  { form: 'ات', minRest: 2 },
  { form: 'ون', minRest: 2 },
  { form: 'ين', minRest: 2 },
  { form: 'ان', minRest: 2 },
  { form: 'ي', minRest: 2 },
];

/** The open teh a feminine noun shows before a pronoun: حكومتها = حكومة + ها. */
export const TEH = 'ت';
export const TEH_MIN_REST = 3;
