// Speech verbs and the words that open a reported clause (STYLE.md rule 8: vocabulary is data).
// Forms are written as newspapers spell them; the lexicon folds them (foldForSearch), so أكد also
// matches اكد, and prefixes و / ف are handled there, so وأضافت and واضافت match أضافت.

export type Gender = 'm' | 'f';
export type VerbNumber = 'singular' | 'plural';
export type VerbForm = 'past' | 'present' | 'participle';

/**
 * `reports`: the verb introduces a أن/إن clause that reports what was said (قال إن…).
 * `introduces`: the verb only introduces a direct quote (دعا إلى «…», طالب بـ«…»); a أن after
 * it is a request, not reported speech (دعا إلى أن يكون…).
 */
export type VerbUse = 'reports' | 'introduces';

/** One tense or participle: [masculine singular, feminine singular, plural]; '' where unused. */
type Forms = readonly [string, string, string];

export interface SpeechVerb {
  lemma: string;
  use: VerbUse;
  past: Forms;
  present: Forms;
  participle: Forms;
}

const NONE: Forms = ['', '', ''];

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  { lemma: 'قال', use: 'reports', past: ['قال', 'قالت', 'قالوا'], present: ['يقول', 'تقول', 'يقولون'], participle: ['قائلا', 'قائلة', 'قائلين'] },
  { lemma: 'أضاف', use: 'reports', past: ['أضاف', 'أضافت', 'أضافوا'], present: ['يضيف', 'تضيف', 'يضيفون'], participle: ['مضيفا', 'مضيفة', 'مضيفين'] },
  { lemma: 'أكد', use: 'reports', past: ['أكد', 'أكدت', 'أكدوا'], present: ['يؤكد', 'تؤكد', 'يؤكدون'], participle: ['مؤكدا', 'مؤكدة', 'مؤكدين'] },
  { lemma: 'أشار', use: 'reports', past: ['أشار', 'أشارت', 'أشاروا'], present: ['يشير', 'تشير', 'يشيرون'], participle: ['مشيرا', 'مشيرة', 'مشيرين'] },
  { lemma: 'اعتبر', use: 'reports', past: ['اعتبر', 'اعتبرت', 'اعتبروا'], present: ['يعتبر', 'تعتبر', 'يعتبرون'], participle: ['معتبرا', 'معتبرة', 'معتبرين'] },
  { lemma: 'أوضح', use: 'reports', past: ['أوضح', 'أوضحت', 'أوضحوا'], present: ['يوضح', 'توضح', 'يوضحون'], participle: ['موضحا', 'موضحة', 'موضحين'] },
  { lemma: 'شدد', use: 'reports', past: ['شدد', 'شددت', 'شددوا'], present: ['يشدد', 'تشدد', 'يشددون'], participle: ['مشددا', 'مشددة', 'مشددين'] },
  { lemma: 'لفت', use: 'reports', past: ['لفت', 'لفتت', 'لفتوا'], present: ['يلفت', 'تلفت', 'يلفتون'], participle: ['لافتا', 'لافتة', 'لافتين'] },
  { lemma: 'نفى', use: 'reports', past: ['نفى', 'نفت', 'نفوا'], present: ['ينفي', 'تنفي', 'ينفون'], participle: ['نافيا', 'نافية', 'نافين'] },
  { lemma: 'صرح', use: 'reports', past: ['صرح', 'صرحت', 'صرحوا'], present: ['يصرح', 'تصرح', 'يصرحون'], participle: ['مصرحا', 'مصرحة', 'مصرحين'] },
  { lemma: 'أعلن', use: 'reports', past: ['أعلن', 'أعلنت', 'أعلنوا'], present: ['يعلن', 'تعلن', 'يعلنون'], participle: ['معلنا', 'معلنة', 'معلنين'] },
  { lemma: 'رأى', use: 'reports', past: ['رأى', 'رأت', 'رأوا'], present: ['يرى', 'ترى', 'يرون'], participle: NONE },
  // The present يتابع and تتابع mean "follows": only the past speaks.
  { lemma: 'تابع', use: 'reports', past: ['تابع', 'تابعت', 'تابعوا'], present: NONE, participle: ['متابعا', '', ''] },
  { lemma: 'ختم', use: 'introduces', past: ['ختم', 'ختمت', 'ختموا'], present: NONE, participle: ['مختتما', 'مختتمة', ''] },
  { lemma: 'اختتم', use: 'introduces', past: ['اختتم', 'اختتمت', 'اختتموا'], present: NONE, participle: NONE },
  // يذكر is impersonal in news prose (يذكر أن = "it is worth noting that"): left out on purpose.
  { lemma: 'ذكر', use: 'reports', past: ['ذكر', 'ذكرت', 'ذكروا'], present: ['', 'تذكر', 'يذكرون'], participle: ['ذاكرا', '', ''] },
  { lemma: 'أفاد', use: 'reports', past: ['أفاد', 'أفادت', 'أفادوا'], present: ['يفيد', 'تفيد', 'يفيدون'], participle: ['مفيدا', 'مفيدة', ''] },
  { lemma: 'كشف', use: 'reports', past: ['كشف', 'كشفت', 'كشفوا'], present: ['يكشف', 'تكشف', 'يكشفون'], participle: ['كاشفا', 'كاشفة', ''] },
  // بين is also the preposition "between"; it only counts when a أن clause or a quote follows.
  // تبين ("it became clear") is left out.
  { lemma: 'بين', use: 'reports', past: ['بين', 'بينت', 'بينوا'], present: ['يبين', '', ''], participle: ['مبينا', 'مبينة', 'مبينين'] },
  { lemma: 'أبان', use: 'reports', past: ['أبان', 'أبانت', 'أبانوا'], present: NONE, participle: NONE },
  { lemma: 'أردف', use: 'reports', past: ['أردف', 'أردفت', 'أردفوا'], present: NONE, participle: ['مردفا', '', ''] },
  { lemma: 'نوه', use: 'reports', past: ['نوه', 'نوهت', 'نوهوا'], present: ['ينوه', '', ''], participle: ['منوها', 'منوهة', ''] },
  { lemma: 'توقع', use: 'reports', past: ['توقع', 'توقعت', 'توقعوا'], present: ['يتوقع', 'تتوقع', 'يتوقعون'], participle: ['متوقعا', '', ''] },
  { lemma: 'رجح', use: 'reports', past: ['رجح', 'رجحت', 'رجحوا'], present: ['يرجح', 'ترجح', ''], participle: ['مرجحا', 'مرجحة', ''] },
  { lemma: 'زعم', use: 'reports', past: ['زعم', 'زعمت', 'زعموا'], present: ['يزعم', 'تزعم', 'يزعمون'], participle: ['زاعما', '', ''] },
  { lemma: 'اعترف', use: 'reports', past: ['اعترف', 'اعترفت', 'اعترفوا'], present: ['يعترف', 'تعترف', ''], participle: ['معترفا', '', ''] },
  { lemma: 'حذر', use: 'reports', past: ['حذر', 'حذرت', 'حذروا'], present: ['يحذر', 'تحذر', 'يحذرون'], participle: ['محذرا', 'محذرة', ''] },
  { lemma: 'أبلغ', use: 'reports', past: ['أبلغ', 'أبلغت', 'أبلغوا'], present: NONE, participle: NONE },
  { lemma: 'أفصح', use: 'reports', past: ['أفصح', 'أفصحت', ''], present: NONE, participle: NONE },
  { lemma: 'غرد', use: 'reports', past: ['غرد', 'غردت', 'غردوا'], present: NONE, participle: ['مغردا', '', ''] },
  { lemma: 'كتب', use: 'reports', past: ['كتب', 'كتبت', 'كتبوا'], present: NONE, participle: NONE },
  { lemma: 'أجاب', use: 'reports', past: ['أجاب', 'أجابت', 'أجابوا'], present: NONE, participle: ['مجيبا', '', ''] },
  { lemma: 'علق', use: 'reports', past: ['علق', 'علقت', 'علقوا'], present: NONE, participle: ['معلقا', '', ''] },
  { lemma: 'استدرك', use: 'reports', past: ['استدرك', 'استدركت', ''], present: NONE, participle: ['مستدركا', '', ''] },
  { lemma: 'وصف', use: 'reports', past: ['وصف', 'وصفت', 'وصفوا'], present: ['يصف', 'تصف', ''], participle: ['واصفا', 'واصفة', ''] },
  { lemma: 'اتهم', use: 'reports', past: ['اتهم', 'اتهمت', 'اتهموا'], present: ['يتهم', 'تتهم', 'يتهمون'], participle: NONE },
  { lemma: 'دعا', use: 'introduces', past: ['دعا', 'دعت', 'دعوا'], present: ['يدعو', 'تدعو', 'يدعون'], participle: ['داعيا', 'داعية', ''] },
  { lemma: 'طالب', use: 'introduces', past: ['', 'طالبت', 'طالبوا'], present: ['يطالب', 'تطالب', 'يطالبون'], participle: ['مطالبا', '', ''] },
  { lemma: 'أشاد', use: 'introduces', past: ['أشاد', 'أشادت', 'أشادوا'], present: NONE, participle: ['مشيدا', 'مشيدة', ''] },
  // The masculine past طالب is also the noun "student": left out.
  { lemma: 'أثنى', use: 'introduces', past: ['أثنى', 'أثنت', 'أثنوا'], present: NONE, participle: ['مثنيا', '', ''] },
  // زاد is "increased" too: it only introduces a quote (وزاد: «…»).
  { lemma: 'زاد', use: 'introduces', past: ['زاد', 'زادت', ''], present: NONE, participle: NONE },
  { lemma: 'تساءل', use: 'introduces', past: ['تساءل', 'تساءلت', 'تساءلوا'], present: NONE, participle: ['متسائلا', '', ''] },
  { lemma: 'ذكّر', use: 'reports', past: NONE, present: NONE, participle: ['مذكرا', '', ''] },
  { lemma: 'تمنى', use: 'introduces', past: ['تمنى', 'تمنت', ''], present: NONE, participle: ['متمنيا', '', ''] },
];

/** Words that open a reported clause: أن / إن and their forms with attached pronouns and بـ. */
export const COMPLEMENTIZERS: readonly string[] = [
  'أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', 'أنهما', 'أنهن', 'أنني', 'إنني', 'أننا', 'إننا', 'أني', 'إني',
  'بأن', 'بأنه', 'بأنها', 'بأنهم', 'بأنهما', 'بأننا',
];

/** Prepositions a speech verb takes before its أن clause: أشار إلى أن، أكد على أن، غرد من أنه. */
export const CLAUSE_PREPOSITIONS: readonly string[] = ['إلى', 'الى', 'على', 'من', 'عن'];

/**
 * Words that make the أن after them something other than reported speech: بعد أن (after),
 * دون أن (without), علما بأن (knowing that), لكي / كي (so that).
 */
export const NON_REPORTING_BEFORE_COMPLEMENTIZER: readonly string[] = [
  'بعد', 'قبل', 'دون', 'بدون', 'منذ', 'حتى', 'لكي', 'كي', 'باعتبار', 'رغم', 'برغم', 'علما', 'بما', 'لو', 'إلا',
  'ما', 'بدلا', 'عوضا', 'مجرد', 'بمجرد', 'شأن', 'شأنه', 'شأنها', 'يمكن', 'يجب', 'ينبغي', 'المقرر', 'المتوقع',
  'المفترض', 'المنتظر', 'أجل', 'بشرط', 'شريطة',
];

/** Particles that make a present-tense verb subjunctive or negated: أن يرى (to see), لكي يقول. */
export const SUBJUNCTIVE_PARTICLES: readonly string[] = ['أن', 'لكي', 'كي', 'لن', 'لم', 'ل', 'حتى', 'وأن', 'ولن', 'ولم'];

/** Words that end the search for a verb's أن: a new clause starts (حيث، لكن، عندما…). */
export const CLAUSE_BREAKERS: readonly string[] = ['حيث', 'لكن', 'ولكن', 'بينما', 'إذ', 'عندما', 'حين', 'حينما', 'لأن', 'كما', 'بعدما', 'وبعد', 'ثم'];

/** Nouns that label the quoted words after them even across a colon: "بعنوان: «…»". */
export const LABEL_NOUNS: readonly string[] = ['بعنوان', 'عنوان', 'عنوانها', 'عنوانه', 'شعار', 'بشعار', 'اسم', 'مسمى', 'لقب', 'بلقب', 'هاشتاق', 'هاشتاج', 'وسم'];

/**
 * Nouns after which a quoted phrase is a name or a title, not a quote:
 * ندوة بعنوان «…», صحيفة «…», هاشتاق «…».
 */
export const TITLE_NOUNS: readonly string[] = [
  'بعنوان', 'عنوان', 'عنوانها', 'عنوانه', 'شعار', 'بشعار', 'تحت', 'اسم', 'باسم', 'مسمى', 'لقب', 'بلقب',
  'صحيفة', 'لصحيفة', 'بصحيفة', 'جريدة', 'مجلة', 'لمجلة', 'موقع', 'لموقع', 'قناة', 'لقناة', 'وكالة', 'لوكالة',
  'برنامج', 'مسلسل', 'فيلم', 'كتاب', 'كتابه', 'رواية', 'مسرحية', 'أغنية', 'قصيدة', 'حملة', 'عملية', 'مبادرة',
  'مهرجان', 'ندوة', 'مؤتمر', 'معرض', 'مشروع', 'هاشتاق', 'هاشتاج', 'وسم', 'شركة', 'فندق', 'تطبيق', 'منصة', 'سهم',
  'تخصص', 'قسم', 'مادة', 'مجال', 'مسابقة', 'جائزة', 'بطولة', 'دوري', 'كأس', 'نشاط', 'ورشة', 'دورة', 'محاضرة',
];

/** Words that tie a parenthesised verse to its speaker: قال تعالى: (…), قوله عز وجل: ﴿…﴾. */
export const SCRIPTURE_CUES: readonly string[] = ['تعالى', 'وجل', 'سبحانه', 'وتعالى'];

/** Who speaks in scripture cited after SCRIPTURE_CUES. */
export const SCRIPTURE_SPEAKER = 'الله';
