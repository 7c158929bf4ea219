// A small hand-annotated archive for the reader's tests: fictional articles (the world of
// examples/) with entity mentions, quotes, a duplicate, and stories, so every section of every
// page has data to show. Offsets are found in the text, never typed in, so editing a sentence
// cannot leave a span pointing at the wrong words.
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Article, EntityMention, EntityType, Quote } from '../../core/types.ts';
import { indexTerms } from '../../search/index-terms.ts';
import type { ArticleToStore, StorySummary } from '../../store/port.ts';

export const HARRISON = 'per:harrison';
export const KHATIB = 'per:khatib';
export const UN = 'org:un';
export const COASTAL_CITY = 'loc:coastal-city';
export const ENVOY_STORY = 'story-envoy';
export const WEATHER_STORY = 'story-weather';
/** How many weather bulletins the archive holds: more than one page of search results. */
export const WEATHER_BULLETINS = 24;

function mention(text: string, surface: string, type: EntityType, entityId: string, canonical: string, occurrence = 0, role?: string): EntityMention {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(surface, start + 1);
  if (start === -1) throw new Error(`test archive: «${surface}» not found in ${JSON.stringify(text.slice(0, 40))}`);
  const m: EntityMention = { text: surface, type, start, end: start + surface.length, entityId, canonical };
  if (role) m.role = role;
  return m;
}

function quote(text: string, said: string, speaker: EntityMention, cue: string, direct = true): Quote {
  const start = text.indexOf(said);
  if (start === -1) throw new Error(`test archive: quote «${said}» not found`);
  return { text: said, start, end: start + said.length, direct, cue, speaker: { text: speaker.text, entityId: speaker.entityId, canonical: speaker.canonical } };
}

function article(fields: Partial<Article> & { id: string; title: string; paragraphs: string[] }): Article {
  return { authors: [], language: 'ar', diagnostics: [], text: fields.paragraphs.join('\n\n'), ...fields };
}

function envoyArticles(): Article[] {
  const p1 = [
    'وصلت المبعوثة الخاصة للأمم المتحدة مارغريت هاريسون، الثلاثاء، إلى المدينة الساحلية في ثاني محطات جولتها، حيث التقت وزير الخارجية فؤاد الخطيب.',
    'وقالت هاريسون في مؤتمر صحفي إن “المجتمع الدولي يريد موعدا نهائيا للانتخابات قبل نهاية الشهر المقبل”.',
    'وأضافت أن بعثة الأمم المتحدة خصصت 12 مليون دولار لدعم تسجيل الناخبين.',
  ];
  const t1 = p1.join('\n\n');
  const harrison1 = mention(t1, 'مارغريت هاريسون', 'PER', HARRISON, 'مارغريت هاريسون', 0, 'المبعوثة الخاصة');
  const harrison1b = mention(t1, 'هاريسون', 'PER', HARRISON, 'مارغريت هاريسون', 1);
  const original = article({
    id: 'fx-envoy-masaa', url: 'https://masaa.example/fx/envoy', source: 'بوابة المساء', section: 'سياسة',
    title: 'المبعوثة الأممية تصل إلى المدينة الساحلية وتطالب بموعد للانتخابات', standfirst: 'هاريسون تلتقي الخطيب في ثاني محطات جولتها.',
    dateline: 'المدينة الساحلية', authors: ['هدى السالم'], publishedAt: '2026-11-24T09:15:00Z', paragraphs: p1, storyId: ENVOY_STORY,
    entities: [
      harrison1, mention(t1, 'المدينة الساحلية', 'LOC', COASTAL_CITY, 'المدينة الساحلية'),
      mention(t1, 'فؤاد الخطيب', 'PER', KHATIB, 'فؤاد الخطيب', 0, 'وزير الخارجية'), harrison1b, mention(t1, 'الأمم المتحدة', 'ORG', UN, 'الأمم المتحدة'),
    ],
    quotes: [quote(t1, '“المجتمع الدولي يريد موعدا نهائيا للانتخابات قبل نهاية الشهر المقبل”', harrison1b, 'وقالت')],
  });

  const p2 = [p1[0].replace('مارغريت', 'مارجريت'), p1[1]];
  const t2 = p2.join('\n\n');
  const harrison2 = mention(t2, 'هاريسون', 'PER', HARRISON, 'مارغريت هاريسون', 1);
  const copy = article({
    id: 'fx-envoy-ufuq', url: 'https://ufuq.example/fx/envoy', source: 'الأفق نيوز', title: 'هاريسون تطالب بموعد نهائي للانتخابات',
    authors: ['سامي المصري'], publishedAt: '2026-11-24T11:40:00Z', paragraphs: p2, storyId: ENVOY_STORY, duplicateOf: original.id,
    entities: [mention(t2, 'مارجريت هاريسون', 'PER', HARRISON, 'مارغريت هاريسون'), mention(t2, 'فؤاد الخطيب', 'PER', KHATIB, 'فؤاد الخطيب'), harrison2],
    quotes: [quote(t2, '“المجتمع الدولي يريد موعدا نهائيا للانتخابات قبل نهاية الشهر المقبل”', harrison2, 'وقالت')],
  });

  const p3 = [
    'قال وزير الخارجية فؤاد الخطيب إن بلاده “ترحب بمقترحات هاريسون وبكل جهد يساعد على إجراء الانتخابات في موعدها”.',
    'وأكد الخطيب أن الحكومة أنهت إعداد قوائم مراكز الاقتراع.',
  ];
  const t3 = p3.join('\n\n');
  const khatib3 = mention(t3, 'فؤاد الخطيب', 'PER', KHATIB, 'فؤاد الخطيب', 0, 'وزير الخارجية');
  const follow = article({
    id: 'fx-envoy-shorouq', url: 'https://shorouq.example/fx/khatib', source: 'صحيفة الشروق الجديد', title: 'الخطيب: نرحب بكل جهد لإجراء الانتخابات في موعدها',
    publishedAt: '2026-11-25T08:00:00Z', paragraphs: p3, storyId: ENVOY_STORY,
    entities: [khatib3, mention(t3, 'هاريسون', 'PER', HARRISON, 'مارغريت هاريسون'), mention(t3, 'الخطيب', 'PER', KHATIB, 'فؤاد الخطيب', 1)],
    quotes: [quote(t3, '“ترحب بمقترحات هاريسون وبكل جهد يساعد على إجراء الانتخابات في موعدها”', khatib3, 'قال')],
  });
  return [original, copy, follow];
}

function weatherBulletins(): Article[] {
  const bulletins: Article[] = [];
  for (let n = 1; n <= WEATHER_BULLETINS; n++) {
    const day = String(1 + (n % 20)).padStart(2, '0');
    const paragraphs = [
      `توقعت هيئة الأرصاد في نشرتها رقم ${n} هطول أمطار غزيرة على المدينة الساحلية، مع رياح تصل سرعتها إلى ${30 + n} كيلومترا في الساعة.`,
      `ودعت الهيئة السكان إلى الحذر في الطرق الساحلية خلال ${n % 2 === 0 ? 'ساعات الليل' : 'ساعات الصباح'}.`,
    ];
    const text = paragraphs.join('\n\n');
    bulletins.push(article({
      id: `fx-weather-${n}`, url: `https://ufuq.example/fx/weather/${n}`, source: n % 3 === 0 ? 'بوابة المساء' : 'الأفق نيوز',
      title: `أمطار غزيرة على المدينة الساحلية (النشرة ${n})`, publishedAt: `2026-11-${day}T0${n % 10}:30:00Z`, paragraphs,
      storyId: WEATHER_STORY, entities: [mention(text, 'المدينة الساحلية', 'LOC', COASTAL_CITY, 'المدينة الساحلية')],
    }));
  }
  return bulletins;
}

export function annotatedArticles(): Article[] {
  return [...envoyArticles(), ...weatherBulletins()];
}

export function toStore(article: Article): ArticleToStore {
  return { article, titleTerms: indexTerms(article.title), bodyTerms: indexTerms([article.standfirst ?? '', article.text].join('\n\n')) };
}

/** The stories the annotated articles belong to, as the story clusterer would record them. */
export function storiesOf(articles: Article[]): StorySummary[] {
  const byStory = new Map<string, Article[]>();
  for (const a of articles) if (a.storyId) byStory.set(a.storyId, [...(byStory.get(a.storyId) ?? []), a]);
  return [...byStory.entries()].map(([id, members]) => {
    const dates = members.map((m) => m.publishedAt ?? '').sort();
    const first = members.find((m) => m.publishedAt === dates[0]) ?? members[0];
    return { id, title: first.title, firstSeen: dates[0], lastSeen: dates[dates.length - 1], size: members.length,
      sources: [...new Set(members.map((m) => m.source ?? ''))] };
  });
}

/**
 * Writes story rows straight into a SQLite archive. The Store port reads stories but has no method
 * to write them yet (the story clusterer will own that); until it does, tests put them in by hand.
 */
export function writeStories(dbPath: string, stories: StorySummary[]): void {
  const db = new Database(dbPath);
  try {
    const insert = db.prepare('INSERT OR REPLACE INTO stories (id, title, first_seen, last_seen, size, sources) VALUES (?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (const s of stories) insert.run(s.id, s.title, s.firstSeen, s.lastSeen, s.size, JSON.stringify(s.sources));
    })();
  } finally {
    db.close();
  }
}

/** examples/ (through the real pipeline) plus the annotated articles and their stories, in a SQLite file. */
export async function fillTestArchive(dbPath: string): Promise<void> {
  const { ingestPaths } = await import('../../pipeline/ingest.ts');
  const { SqliteStore } = await import('../../store/sqlite/sqlite-store.ts');
  const store = new SqliteStore(dbPath);
  try {
    await ingestPaths([EXAMPLES], store, { workers: 0 });
    const annotated = annotatedArticles();
    await store.putArticles(annotated.map(toStore));
    writeStories(dbPath, storiesOf(annotated));
  } finally {
    await store.close();
  }
}

export const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));
