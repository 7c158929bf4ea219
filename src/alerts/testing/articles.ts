// Articles for the alert tests, written for them (not taken from any outlet): spelling variants,
// clitics, numbers, a phrase split between headline and body, words only in a standfirst, and
// entity mentions, so matching can be checked against search on the cases where they could differ.
import type { Article, EntityMention } from '../../core/types.ts';
import { indexTerms } from '../../search/index-terms.ts';
import type { ArticleToStore } from '../../store/port.ts';

export const SARRAJ = 'per:فايز-السراج';
export const TRIPOLI = 'loc:طرابلس';

function mentions(text: string, surface: string, entityId: string, type: EntityMention['type']): EntityMention[] {
  const start = text.indexOf(surface);
  if (start === -1) throw new Error(`alert test articles: «${surface}» not found`);
  return [{ text: surface, type, start, end: start + surface.length, entityId, canonical: surface }];
}

interface Draft {
  title: string;
  standfirst?: string;
  paragraphs: string[];
  entities?: Array<[surface: string, entityId: string, type: EntityMention['type']]>;
}

const DRAFTS: Draft[] = [
  { title: 'مجلس النواب يقر قانون الانتخابات الرئاسية', paragraphs: ['أقر مجلس النواب الليبي في طرابلس قانون الانتخابات بعد جلسة طويلة.'],
    entities: [['طرابلس', TRIPOLI, 'LOC']] },
  { title: 'السراج: الانتخابات في موعدها', paragraphs: ['قال فايز السراج إن الانتخابات ستجري في موعدها، وإن الأمم المتحدة تدعم ذلك.'],
    entities: [['فايز السراج', SARRAJ, 'PER']] },
  { title: 'الامم المتحده ترحب بالاتفاق', paragraphs: ['رحبت الامم المتحده بالاتفاق بين الاطراف، وقالت إنه خطوة نحو انتخابات حرة.'] },
  { title: 'أسعار النفط ترتفع 3.5 في المئة', paragraphs: ['ارتفعت أسعار النفط ٣٫٥ في المئة بعد قرار OPEC خفض الإنتاج.'] },
  { title: 'أوبك تبقي على سياسة الإنتاج', paragraphs: ['قررت منظمة أوبك الإبقاء على سياسة الإنتاج، ولم تتغير أسعار النفط كثيرا.'] },
  { title: 'الحُكومة تعرض الميزانية', paragraphs: ['الجديدة على البرلمان غدا، وتشمل زيادة رواتب المعلمين.'] },
  { title: 'البرلمان يناقش الميزانية الجديدة', paragraphs: ['ناقش البرلمان الميزانية الجديدة للحكـــومة وسط خلاف على بند الدعم.'] },
  { title: 'أمطار على طرابلس', standfirst: 'تحذير من السيول في الأحياء المنخفضة',
    paragraphs: ['هطلت أمطار غزيرة على طرابلس الليلة الماضية.'], entities: [['طرابلس', TRIPOLI, 'LOC']] },
  { title: 'طرابلس اللبنانية تستضيف معرض الكتاب', paragraphs: ['افتتح في طرابلس شمال لبنان معرض الكتاب السنوي بمشاركة مئة دار نشر.'] },
  { title: 'والانتخابات البلدية تبدأ الشهر المقبل', paragraphs: ['تبدأ الانتخابات البلدية في عشرين مدينة، وفق مفوضية الانتخابات.'] },
  { title: 'في الطريق إلى الحوار', paragraphs: ['قال مراقبون إن الحوار في مرحلة صعبة، وإن مجلس الدولة لم يرد بعد.'] },
  { title: 'مجلس الدولة يرد على مجلس النواب', paragraphs: ['رد مجلس الدولة على مقترح النواب بشأن القاعدة الدستورية.'] },
];

function articleOf(draft: Draft, n: number): Article {
  const text = draft.paragraphs.join('\n\n');
  const article: Article = {
    id: `مطابقة-${n}`, url: `https://marsad-test.example/akhbar/${n}`, source: n % 2 === 0 ? 'الأفق' : 'المساء', title: draft.title,
    authors: [], language: 'ar', paragraphs: draft.paragraphs, text, diagnostics: [],
    publishedAt: `2026-05-${String(1 + n).padStart(2, '0')}T07:30:00Z`, firstSeenAt: '2026-05-20T00:00:00.000Z',
  };
  if (draft.standfirst) article.standfirst = draft.standfirst;
  if (draft.entities) article.entities = draft.entities.flatMap(([surface, id, type]) => mentions(text, surface, id, type));
  return article;
}

export function alertTestArticles(): Article[] {
  return DRAFTS.map(articleOf);
}

/** As the pipeline stores an article (src/pipeline/process.ts prepareForStore): title terms, standfirst and body terms. */
export function toStore(article: Article): ArticleToStore {
  return { article, titleTerms: indexTerms(article.title), bodyTerms: indexTerms([article.standfirst ?? '', article.text].join('\n\n')) };
}

/**
 * Queries where matching and search could part ways: spellings, clitics, phrases (one split
 * between headline and body), exclusions, numbers in both digit sets, Latin case, harakat, tatweel,
 * stop words, a standfirst-only word.
 */
export const AGREEMENT_QUERIES: readonly string[] = [
  'الانتخابات', 'انتخابات', 'والانتخابات', 'الأمم المتحدة', 'الامم المتحده', '"مجلس النواب"', '"النواب مجلس"',
  '"الميزانية الجديدة"', 'النفط -أوبك', 'النفط -"سياسة الإنتاج"', '3.5', '٣٫٥', 'opec', 'الحُكومة', 'الحكـــومة',
  'في', 'السيول', 'طرابلس', 'طرابلس -لبنان', 'مجلس -"مجلس الدولة"', 'معرض الكتاب طرابلس', 'كلمة-غير-موجودة',
];
