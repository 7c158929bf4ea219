// One test per rule of the quote finder, on sentences written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotes } from './index.ts';
import type { EntityMention, Quote } from '../../core/types.ts';

function quoteWith(quotes: Quote[], text: string): Quote {
  const found = quotes.find((q) => q.text === text);
  assert.ok(found, `no quote «${text}» in ${JSON.stringify(quotes.map((q) => q.text))}`);
  return found;
}

test('a quote in guillemets after قال takes the subject of قال: «…»', () => {
  const text = 'وقال رئيس الاتحاد أحمد الزين «سنعلن أسماء اللاعبين المختارين يوم الخميس المقبل».';
  const quote = quoteWith(findQuotes(text), 'سنعلن أسماء اللاعبين المختارين يوم الخميس المقبل');
  assert.equal(quote.direct, true);
  assert.equal(quote.cue, 'وقال');
  assert.equal(quote.speaker?.canonical, 'أحمد الزين');
  assert.equal(quote.speaker?.role, 'رئيس الاتحاد');
  assert.equal(text.slice(quote.start, quote.end), quote.text);
});

test('a closing mark used as an opening mark still opens a quote: بأنه”…”', () => {
  const text = 'ووصف المحافظ نبيل العمري المشروع بأنه”نقلة كبيرة في خدمات المياه”.';
  const quote = quoteWith(findQuotes(text), 'نقلة كبيرة في خدمات المياه');
  assert.equal(quote.speaker?.canonical, 'نبيل العمري');
});

test('straight quotes with spaces inside them are a quote: " الاتحاد حريص … "', () => {
  const text = 'وأضاف الحكم الدولي سالم الراشد " الاتحاد حريص على إقامة دورة دولية للحكام قريبا ".';
  const quote = quoteWith(findQuotes(text), 'الاتحاد حريص على إقامة دورة دولية للحكام قريبا');
  assert.equal(quote.speaker?.canonical, 'سالم الراشد');
});

test('indirect speech runs from إن to the end of the sentence', () => {
  const text = 'وقال المتحدث باسم الشرطة ماجد العلي إن الدوريات ستنتشر في الأحياء طوال الليل. وتابعت الصحف الخبر.';
  const quote = quoteWith(findQuotes(text), 'إن الدوريات ستنتشر في الأحياء طوال الليل');
  assert.equal(quote.direct, false);
  assert.equal(quote.speaker?.canonical, 'ماجد العلي');
});

test('a speech participle after a comma ends the report and starts the next: …، مضيفا أن…', () => {
  const quotes = findQuotes('وأوضح المهندس وليد سعيد أن الجسر سيفتح الشهر المقبل، مضيفا أن الأعمال بلغت مراحلها الأخيرة.');
  quoteWith(quotes, 'أن الجسر سيفتح الشهر المقبل');
  assert.equal(quoteWith(quotes, 'أن الأعمال بلغت مراحلها الأخيرة').speaker?.canonical, 'وليد سعيد');
});

test('speech verbs match without hamza and with و: واكدت، واضافت', () => {
  const quotes = findQuotes('واكدت الوزيرة سعاد البنا ان الخطة جاهزة للتنفيذ. واضافت ان التمويل مضمون بالكامل.');
  assert.equal(quoteWith(quotes, 'ان الخطة جاهزة للتنفيذ').cue, 'واكدت');
  assert.equal(quoteWith(quotes, 'ان التمويل مضمون بالكامل').speaker?.canonical, 'سعاد البنا');
});

test('a verb with no subject continues the last speaker of its gender: وأضافت after a man spoke', () => {
  const text = 'وقالت النائبة هند سليم إن القانون سيعرض على المجلس. وقال النائب فادي حداد إن كتلته ستصوت ضده. وأضافت أن الحكومة تملك الأغلبية.';
  assert.equal(quoteWith(findQuotes(text), 'أن الحكومة تملك الأغلبية').speaker?.canonical, 'هند سليم');
});

test('a role the article tied to a name speaks for that name', () => {
  const text = 'والتقى الوفد المبعوث الأممي إلى اليمن بيتر هولم في عمان. وقال المبعوث الأممي ان المفاوضات ستستأنف بعد العيد.';
  const speaker = quoteWith(findQuotes(text), 'ان المفاوضات ستستأنف بعد العيد').speaker;
  assert.equal(speaker?.canonical, 'بيتر هولم');
  assert.equal(speaker?.role, 'المبعوث الأممي');
});

test('a shorter or differently spelt name resolves to the full name the article gave: وليامز → ستيفن ويليامز', () => {
  const text = 'وصرح المدرب ستيفن ويليامز بأن الفريق جاهز. وأكد وليامز أن الإصابات لن تؤثر على التشكيلة.';
  assert.equal(quoteWith(findQuotes(text), 'أن الإصابات لن تؤثر على التشكيلة').speaker?.canonical, 'ستيفن ويليامز');
});

test('an organisation speaks through a statement: وقالت الهيئة في بيان إن…', () => {
  const speaker = quoteWith(findQuotes('وقالت هيئة الأرصاد في بيان إن الأمطار ستستمر حتى نهاية الأسبوع.'), 'إن الأمطار ستستمر حتى نهاية الأسبوع').speaker;
  assert.equal(speaker?.text, 'هيئة الأرصاد');
});

test('a verse after قال تعالى is quoted with God as the speaker', () => {
  const quote = quoteWith(findQuotes('قال الله تعالى: (وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى).'), 'وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى');
  assert.equal(quote.speaker?.canonical, 'الله');
});

test('quoted titles and names are not quotes: بعنوان «…», قناة «…»', () => {
  const quotes = findQuotes('وتعرض قناة «الوادي الأخضر للأخبار» برنامجا بعنوان «رحلة في تاريخ المدن القديمة» كل أسبوع.');
  assert.deepEqual(quotes, []);
});

test('the impersonal يذكر أن is the journalist speaking, not a quote', () => {
  assert.deepEqual(findQuotes('يذكر أن المعرض يقام للمرة الخامسة في المدينة.'), []);
});

test('أن after بعد or دون does not open a report', () => {
  const quotes = findQuotes('وقال المدير بعد أن تفقد الموقع إن العمل سيكتمل في موعده.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'إن العمل سيكتمل في موعده');
});

test('with entities, the speaker takes the recognised entity id and canonical name', () => {
  const text = 'وقال وزير المالية سمير داود إن الميزانية متوازنة هذا العام.';
  const start = text.indexOf('سمير داود');
  const entities: EntityMention[] = [{ text: 'سمير داود', start, end: start + 'سمير داود'.length, type: 'PER', entityId: 'per:test1', canonical: 'سمير يوسف داود' }];
  const speaker = quoteWith(findQuotes(text, { entities }), 'إن الميزانية متوازنة هذا العام').speaker;
  assert.equal(speaker?.entityId, 'per:test1');
  assert.equal(speaker?.canonical, 'سمير يوسف داود');
  assert.equal(speaker?.start, start);
});

test('every quote points at its own text and stays inside one paragraph unless its marks span more', () => {
  const alphabet = ['قال', 'وأضاف', 'إن', 'أن', '«', '»', '“', '”', '"', ':', '،', '.', '\n\n', 'الوزير', 'سعيد', 'المدينة', '((', '))', ' '];
  fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }), (parts) => {
    const text = parts.join(' ');
    for (const quote of findQuotes(text)) {
      assert.equal(text.slice(quote.start, quote.end), quote.text);
      assert.ok(quote.start >= 0 && quote.end <= text.length && quote.start < quote.end);
      assert.ok(!quote.text.includes('\n'), `quote crosses a paragraph: ${JSON.stringify(quote.text)}`);
    }
  }), { numRuns: 300 });
});
