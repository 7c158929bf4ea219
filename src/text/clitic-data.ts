// Vocabulary for clitic splitting, kept as data (STYLE.md rule 8). Every form here is in the
// search profile (foldForSearch output): no hamza on alef, ة as ه, ى as ي, ؤ/ئ as ء.

/**
 * Proclitics, tried longest first at each position. `minRest` is the number of letters that must
 * remain after the cut: short words that merely start with these letters (وقت، بعد، الي) stay whole.
 * A single و is common and few words start with a root و, so it needs 3 letters left; the single
 * prepositions and ف start many words (بيان، كتاب، لجنه، فريق), so they need 4.
 */
export const PROCLITICS: readonly { form: string; minRest: number }[] = [
  { form: 'ال', minRest: 3 }, // the article: الله، الذي، التي، الان keep theirs (2 letters left)
  { form: 'لل', minRest: 3 }, // ل + ال with the alef dropped: للمدرسه
  { form: 'و', minRest: 3 },
  { form: 'ف', minRest: 4 },
  { form: 'ب', minRest: 4 },
  { form: 'ك', minRest: 4 },
  { form: 'ل', minRest: 4 },
];

/** At most this many proclitics come off one word (و + ب + ال is the longest usual chain). */
export const MAX_PROCLITICS = 3;

/**
 * Attached pronouns split off by splitClitics, longest first, with the letters that must remain.
 * Left out on purpose, because a folded word cannot tell them apart from other endings:
 * ه (also ة folded), ي (also the nisba ending: ليبي) and ك (also a root letter: مشترك، اشتباك).
 * lightStem still strips final ه and ي as suffixes.
 */
export const ENCLITICS: readonly { form: string; minRest: number }[] = [
  { form: 'هما', minRest: 3 },
  { form: 'كما', minRest: 4 },
  { form: 'هم', minRest: 3 }, // درهم، ساهم keep theirs (2 letters left)
  { form: 'هن', minRest: 3 },
  { form: 'ها', minRest: 2 },
  { form: 'كم', minRest: 4 }, // محاكم، تراكم keep theirs
  { form: 'كن', minRest: 4 },
  { form: 'نا', minRest: 3 },
];

/**
 * Word beginnings whose first letter is part of the word although it looks like a proclitic:
 * no proclitic is cut from a word that starts with one of these, and a proclitic in front of them
 * comes off alone (لليبيا = ل + ليبيا, not لل + يبيا). Suffix stripping does not cut into them
 * either (لبنان keeps its ان). Mostly names and frequent nouns of the news.
 */
export const PROTECTED_STEMS: readonly string[] = [
  // the name of God keeps its article: ال + له is not a word
  'الله',
  // places and peoples
  'ليبيا', 'ليبي', 'لبنان', 'لندن', 'لاهاي', 'لاتفيا', 'ليتوانيا', 'لوكسمبورغ', 'لشبون', 'لاوس', 'ليبيريا',
  'بريطان', 'بلجيك', 'بولند', 'بلغاري', 'برازيل', 'بنغلاديش', 'بورما', 'بوروندي', 'بوتسوانا', 'بنين',
  'بيلاروس', 'بوليفي', 'باكستان', 'بنغازي', 'بغداد', 'بيروت', 'برلين', 'بروكسل', 'باريس', 'بكين', 'بيجين',
  'بورسعيد', 'باماكو', 'بحرين',
  'فلسطين', 'فرنس', 'فنزويل', 'فيتنام', 'فنلند', 'فيينا', 'فلوريدا', 'فلبين', 'فيجي',
  'كاميرون', 'كندا', 'كندي', 'كوريا', 'كوري', 'كوبا', 'كولومبي', 'كينيا', 'كرواتيا', 'كازاخستان',
  'كويت', 'كردستان', 'كركوك', 'كابول', 'كراتشي', 'كاتالوني',
  'واشنطن', 'وهران', 'ويلز', 'ولاي',
  'المانيا', 'الماني', 'البانيا', 'الباني', 'الجزاير', 'الاسكندري',
  // frequent nouns that start with a root letter ل / ب / ف / ك / و
  'لجن', 'لجان', 'لقاء', 'لاعب', 'لغ', 'لحظ', 'ليل', 'لواء', 'لجوء', 'لاجء', 'لاءح', 'لوح', 'لهج',
  'برنامج', 'برامج', 'بيان', 'بلدي', 'بطول', 'بورص', 'برلمان', 'بنك', 'بنوك', 'بترول',
  'فريق', 'فرص', 'فتر', 'فكر', 'فيلم', 'فندق',
  'كتاب', 'كلم', 'كبير', 'كمي', 'كلي', 'كرسي',
  'وزير', 'وزراء', 'وزار', 'وكال', 'وطن', 'وفد', 'وفا', 'وفاق', 'وثيق', 'واقع', 'وادي', 'والد', 'وضع', 'وقت',
  'وصول', 'وحد', 'وحيد', 'وسط', 'وسيل', 'وصف', 'وظيف', 'وعد', 'وعي', 'وقف', 'وقود', 'ولد', 'وجود', 'وجه', 'ورق',
  'ولي', 'واجب', 'وارد', 'وافق', 'واضح', 'وقع', 'وكيل', 'ورش',
];

/** Whole folded words with a fixed split, where the rules above cannot see the structure. */
export const WORD_EXCEPTIONS: ReadonlyMap<string, { proclitics: string; base: string; enclitics: string }> = new Map([
  // ل + الله is written لله (the article's alef and lam merge)
  ['لله', { proclitics: 'ل', base: 'الله', enclitics: '' }],
  ['ولله', { proclitics: 'ول', base: 'الله', enclitics: '' }],
  ['فلله', { proclitics: 'فل', base: 'الله', enclitics: '' }],
]);
