// Vocabulary for clitic splitting, kept as data (STYLE.md rule 8). Every form here is in the
// search profile (foldForSearch output): no hamza on alef, ة as ه, ى as ي, ؤ/ئ as ء.

/** Proclitics come in this order: conjunction, then preposition, then article (و + ب + ال). */
export const CONJUNCTION = 1;
export const PREPOSITION = 2;
export const ARTICLE = 3;

/**
 * Proclitics, tried in this order at each position; each must sit in a later slot than the one
 * before it. `minRest` counts the letters of the stem left after the cut (proclitics after it
 * included): short words that merely start with these letters (وقت، بعد، الي) stay whole. ف starts
 * many words and is a rarer conjunction in news than و, so it needs 4 letters (فريق stays whole);
 * words whose first letter is a root ب / ك / ل / و / ف are protected by name below.
 */
export const PROCLITICS: readonly { form: string; slot: number; minRest: number }[] = [
  { form: 'لل', slot: ARTICLE, minRest: 3 }, // ل + ال with the alef dropped: للمدرسه
  { form: 'ال', slot: ARTICLE, minRest: 3 }, // الله، الذي، التي، الان keep theirs (2 letters left)
  { form: 'و', slot: CONJUNCTION, minRest: 3 },
  { form: 'ف', slot: CONJUNCTION, minRest: 4 },
  { form: 'ب', slot: PREPOSITION, minRest: 3 },
  { form: 'ك', slot: PREPOSITION, minRest: 3 },
  { form: 'ل', slot: PREPOSITION, minRest: 3 },
];

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
  'لجن', 'لجان', 'لقاء', 'لاعب', 'لغه', 'لغات', 'لغوي', 'لحظ', 'ليل', 'لواء', 'لجوء', 'لاجء', 'لاءح', 'لوح', 'لهج',
  'لعب', 'لحم', 'لحوم', 'لون', 'الوان', 'لقب', 'لياق', 'لقط', 'لطيف', 'لوبي', 'لازم', 'ليمون',
  'برنامج', 'برامج', 'بيان', 'بلد', 'بلاد', 'بلدي', 'بطول', 'بورص', 'برلمان', 'بنك', 'بنوك', 'بترول', 'بيءه', 'بيءي',
  'بناء', 'بني', 'بعث', 'بقاء', 'بيع', 'بحث', 'بحوث', 'بحر', 'بطل', 'برج', 'بداي', 'بيت', 'بيوت', 'بريد', 'بديل', 'بعيد',
  'بسيط', 'باب', 'برميل', 'بالغ', 'بطاق', 'بواب', 'بشر', 'بطال', 'باحث', 'بضاع', 'بضاءع', 'بنزين', 'بءر', 'بعثات', 'بكر',
  'فريق', 'فرص', 'فتر', 'فكر', 'فيلم', 'فندق', 'فيديو', 'فيصل', 'فساد', 'فراغ', 'فقر', 'فعال', 'فوز', 'فرع',
  'كتاب', 'كتب', 'كلم', 'كبير', 'كبري', 'كبار', 'كثير', 'كامل', 'كاف', 'كمي', 'كلي', 'كرسي', 'كرم', 'كريم', 'كاس',
  'كهرباء', 'كتل', 'كشف', 'كفاء', 'كيان', 'كلام', 'كوادر', 'كنيس', 'كاتب',
  'وزير', 'وزراء', 'وزار', 'وكال', 'وطن', 'وفد', 'وفا', 'وفاق', 'وثيق', 'واقع', 'وادي', 'والد', 'وضع', 'وقت',
  'وصول', 'وحد', 'وحيد', 'واحد', 'وسايل', 'وساءل', 'وظاءف', 'وظايف', 'ودي', 'وجود', 'وسط', 'وسيل', 'وصف', 'وظيف', 'وعد', 'وعي', 'وقف', 'وقود', 'ولد', 'وجود', 'وجه', 'ورق',
  'ولي', 'واجب', 'وارد', 'وافق', 'واضح', 'وقع', 'وكيل', 'ورش',
];

const NOUN_ENDINGS = ['', 'ا', 'ه', 'ي', 'يه', 'يا', 'ات', 'يات', 'ون', 'ين', 'يون', 'يين', 'ان', 'تان', 'تين', 'وا', 'ت', 'تي'];
const PRONOUNS = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'نا', 'ي'];

/** What may follow a protected stem: an inflection ending, then a pronoun (وجه + ات + ها). */
export const PROTECTED_STEM_ENDINGS: ReadonlySet<string> = new Set(
  NOUN_ENDINGS.flatMap((ending) => PRONOUNS.map((pronoun) => ending + pronoun)),
);

/** Whole folded words with a fixed split, where the rules above cannot see the structure. */
export const WORD_EXCEPTIONS: ReadonlyMap<string, { proclitics: string; base: string; enclitics: string }> = new Map([
  // ل + الله is written لله (the article's alef and lam merge)
  ['لله', { proclitics: 'ل', base: 'الله', enclitics: '' }],
  ['ولله', { proclitics: 'ول', base: 'الله', enclitics: '' }],
  ['فلله', { proclitics: 'فل', base: 'الله', enclitics: '' }],
]);
