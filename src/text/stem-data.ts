// Suffixes for the light stemmer, as data (STYLE.md rule 8), in the search profile
// (ة is ه, ى is ي). `minRest` counts the letters that must remain: a sound plural or a nisba
// adjective is built on a stem of at least three letters, so a cut that leaves two is more often
// a root letter mistaken for an ending (مليون is not مل + يون, سنه is not سن + ه).

/**
 * Attached pronouns and the feminine ending (ة folds to ه, so the two cannot be told apart):
 * at most one comes off, the longest that matches.
 */
export const PRONOUN_SUFFIXES: readonly { form: string; minRest: number }[] = [
  { form: 'هما', minRest: 3 },
  { form: 'كما', minRest: 4 },
  { form: 'هم', minRest: 3 }, // درهم، ساهم keep theirs
  { form: 'هن', minRest: 3 },
  { form: 'ها', minRest: 2 },
  { form: 'كم', minRest: 4 }, // محاكم، تراكم keep theirs
  { form: 'كن', minRest: 4 },
  { form: 'نا', minRest: 3 },
  { form: 'ه', minRest: 3 },
];

/** Plural, dual and nisba endings, each tried once in this order (سعوديين → سعودي → سعود). */
export const INFLECTION_SUFFIXES: readonly { form: string; minRest: number }[] = [
  { form: 'ات', minRest: 3 },
  { form: 'وا', minRest: 3 }, // past plural of news verbs: قالوا، اكدوا
  { form: 'ون', minRest: 3 },
  { form: 'تين', minRest: 3 }, // feminine dual: مدرستين، طفلتين
  { form: 'ين', minRest: 3 },
  // No ان / تان: the nominative dual is rarer in news than the names and nouns that end in ان
  // (ايران، السودان، البرلمان، اعلان، سكان، باكستان), which it would cut.
  { form: 'ي', minRest: 3 },
];

/**
 * A feminine noun shows its ة as an open ت before a pronoun (حكومتها = حكومة + ها): that ت comes
 * off too, leaving at least this many letters. (Not before ي: استفتي is a verb, not استفت + ي.)
 */
export const TEH = 'ت';
export const TEH_MIN_REST = 3;
export const PLURAL_FEMININE = 'ات';
export const FEMININE_DUAL_CONSTRUCT = 'تي';
