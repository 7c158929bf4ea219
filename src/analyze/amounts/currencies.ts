// Currencies as newspapers write them (STYLE.md rule 8: vocabulary is data). A currency word has a
// default ISO 4217 code; a country word after it (دينار كويتي) picks another (or confirms the
// default and joins the amount's text: ريال سعودي); for a dinar or a lira, a country named in the
// same sentence (…في ليبيا) does too. Two currencies have no safe default: a dinar or a lira with no country is
// reported as 'DINAR' / 'LIRA' (not ISO codes: markers for "a dinar, country unknown").

export interface CurrencyWord {
  /** Singular, plural and accusative spellings, written as newspapers write them. */
  forms: readonly string[];
  /** ISO 4217 code when nothing says otherwise. */
  code: string;
  /** Country adjectives (after the word) and country names (in the sentence) that change the code. */
  countries?: readonly { words: readonly string[]; code: string }[];
}

export const UNKNOWN_DINAR = 'DINAR';
export const UNKNOWN_LIRA = 'LIRA';

export const CURRENCY_WORDS: readonly CurrencyWord[] = [
  {
    forms: ['دولار', 'دولارا', 'دولاراً', 'دولارات', 'الدولار', 'الدولارات', 'دولارين'],
    code: 'USD',
    countries: [
      { words: ['أسترالي', 'استرالي', 'أسترالية'], code: 'AUD' },
      { words: ['كندي', 'كندية'], code: 'CAD' },
      { words: ['سنغافوري'], code: 'SGD' },
      { words: ['نيوزيلندي'], code: 'NZD' },
      { words: ['تايواني'], code: 'TWD' },
      { words: ['هونغ', 'هونج'], code: 'HKD' },
      { words: ['أمريكي', 'أميركي', 'امريكي', 'اميركي'], code: 'USD' },
    ],
  },
  {
    forms: ['ريال', 'ريالا', 'ريالاً', 'ريالات', 'الريال', 'الريالات', 'ريالين'],
    code: 'SAR',
    countries: [
      { words: ['قطري', 'قطرية', 'قطر'], code: 'QAR' },
      { words: ['عماني', 'عمانية', 'عمان'], code: 'OMR' },
      { words: ['يمني', 'يمنية', 'اليمن'], code: 'YER' },
      { words: ['إيراني', 'ايراني', 'إيران', 'ايران'], code: 'IRR' },
      { words: ['برازيلي'], code: 'BRL' },
      { words: ['سعودي'], code: 'SAR' },
    ],
  },
  {
    forms: ['دينار', 'دينارا', 'ديناراً', 'دنانير', 'الدينار', 'الدنانير', 'دينارين'],
    code: UNKNOWN_DINAR,
    countries: [
      { words: ['كويتي', 'الكويت', 'الكويتي'], code: 'KWD' },
      { words: ['ليبي', 'ليبيا', 'الليبي'], code: 'LYD' },
      { words: ['أردني', 'اردني', 'الأردن', 'الاردن', 'الأردني'], code: 'JOD' },
      { words: ['بحريني', 'البحرين', 'البحريني'], code: 'BHD' },
      { words: ['عراقي', 'العراق', 'العراقي'], code: 'IQD' },
      { words: ['تونسي', 'تونس', 'التونسي'], code: 'TND' },
      { words: ['جزائري', 'الجزائر', 'الجزائري'], code: 'DZD' },
      { words: ['صربي'], code: 'RSD' },
    ],
  },
  {
    forms: ['جنيه', 'جنيها', 'جنيهاً', 'جنيهات', 'الجنيه', 'الجنيهات', 'جنيهين'],
    code: 'EGP',
    countries: [
      { words: ['إسترليني', 'استرليني', 'الإسترليني', 'الاسترليني', 'إسترلينية', 'استرلينية'], code: 'GBP' },
      { words: ['سوداني', 'السودان', 'السوداني'], code: 'SDG' },
      { words: ['مصري'], code: 'EGP' },
    ],
  },
  {
    forms: ['درهم', 'درهما', 'درهماً', 'دراهم', 'الدرهم', 'الدراهم', 'درهمين'],
    code: 'AED',
    countries: [{ words: ['مغربي', 'المغرب', 'المغربي'], code: 'MAD' }, { words: ['إماراتي', 'اماراتي'], code: 'AED' }],
  },
  {
    forms: ['ليرة', 'ليرات', 'الليرة', 'الليرات', 'ليرتين'],
    code: UNKNOWN_LIRA,
    countries: [
      { words: ['تركية', 'تركي', 'تركيا', 'التركية'], code: 'TRY' },
      { words: ['لبنانية', 'لبناني', 'لبنان', 'اللبنانية'], code: 'LBP' },
      { words: ['سورية', 'سوري', 'سوريا', 'السورية'], code: 'SYP' },
    ],
  },
  { forms: ['يورو', 'اليورو'], code: 'EUR' },
  { forms: ['إسترليني', 'استرليني'], code: 'GBP' },
  { forms: ['ين', 'الين'], code: 'JPY' },
  { forms: ['يوان', 'اليوان'], code: 'CNY' },
  { forms: ['روبل', 'روبلا', 'روبلات', 'الروبل'], code: 'RUB' },
  {
    forms: ['روبية', 'روبيات', 'الروبية'],
    code: 'INR',
    countries: [{ words: ['باكستانية', 'باكستاني', 'باكستان'], code: 'PKR' }, { words: ['إندونيسية', 'اندونيسية'], code: 'IDR' }],
  },
  { forms: ['فرنك', 'فرنكا', 'فرنكات', 'الفرنك'], code: 'CHF', countries: [{ words: ['سويسري'], code: 'CHF' }, { words: ['أفريقي', 'افريقي'], code: 'XOF' }] },
  { forms: ['شيكل', 'شيكلا', 'شيكلات', 'الشيكل', 'شيقل', 'شواكل'], code: 'ILS' },
];

/** Currency signs and codes written before or after the number. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₺', 'TRY'], ['₪', 'ILS'],
  ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['SAR', 'SAR'], ['AED', 'AED'], ['KWD', 'KWD'], ['QAR', 'QAR'],
]);

/** "635 مليون من الدولارات": words allowed between the number and its currency. */
export const BEFORE_CURRENCY: readonly string[] = ['من'];
