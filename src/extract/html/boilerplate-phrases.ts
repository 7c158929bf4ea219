// Phrases that mark a block as page furniture rather than article text, in the languages Marsad
// meets. A block is furniture when, folded (see phrases.ts), it IS one of these or is a short block
// that STARTS with one. Arabic forms are written once; folding covers أ/ا, ى/ي, tanween.

export const BOILERPLATE_PHRASES_ARABIC = [
  'اقرأ أيضا', 'اقرأ ايضا', 'إقرأ أيضا', 'اقرأ كذلك', 'اقرأ المزيد', 'اقرأ أيضًا', 'طالع أيضا', 'شاهد أيضا', 'تصفح أيضا', 'قد يعجبك أيضا', 'قد يهمك أيضا', 'ننصحك بقراءة',
  'شارك', 'شارك الخبر', 'شارك المقال', 'شارك هذا المقال', 'شارك على', 'مشاركة', 'انشر', 'تابعونا', 'تابعونا على', 'تابعنا على', 'تابعوا',
  'مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'موضوعات ذات صلة', 'ذات صلة', 'أخبار متعلقة', 'مقالات مشابهة',
  'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تعليقا', 'الأكثر تداولا', 'الأكثر شعبية', 'آخر الأخبار', 'أخبار عاجلة',
  'زر الذهاب إلى الأعلى', 'العودة إلى الأعلى', 'الرجوع إلى الأعلى', 'إلى الأعلى', 'اضغط هنا', 'للمزيد',
  'جميع الحقوق محفوظة', 'حقوق النشر محفوظة', 'اشترك في النشرة', 'النشرة البريدية', 'اشترك الآن',
  'التعليقات', 'أضف تعليق', 'أضف تعليقك', 'اترك تعليقا', 'اترك تعليقاً', 'كلمات مفتاحية', 'الكلمات المفتاحية', 'الوسوم', 'وسوم', 'الكلمات الدلالية',
  'طباعة', 'إرسال لصديق', 'أرسل لصديق', 'حجم الخط', 'تكبير الخط', 'تصغير الخط', 'نسخ الرابط', 'الرابط المختصر', 'رابط مختصر',
  'صورة', 'الصورة', 'تصوير', 'المصدر', 'مصدر الصورة', 'أرشيفية', 'صورة أرشيفية',
  'نشر في', 'نشر بتاريخ', 'تاريخ النشر', 'آخر تحديث', 'تم التحديث', 'تحديث',
  'إعلان', 'مساحة إعلانية', 'محتوى مدفوع', 'سياسة الخصوصية', 'ملفات تعريف الارتباط', 'نستخدم ملفات تعريف الارتباط',
];

export const BOILERPLATE_PHRASES_LATIN = [
  'share', 'share this', 'share this article', 'share on', 'share via', 'share this post', 'follow us', 'follow us on',
  'related', 'related articles', 'related posts', 'related stories', 'related content', 'read more', 'read also', 'see also', 'more stories',
  'you may also like', 'you might also like', 'recommended', 'most read', 'most popular', 'trending',
  'leave a reply', 'leave a comment', 'comments', 'post a comment', 'add a comment', 'sign up', 'subscribe', 'subscribe to our newsletter',
  'back to top', 'all rights reserved', 'advertisement', 'sponsored', 'print', 'email this', 'tags', 'filed under', 'posted in',
  'we use cookies', 'this website uses cookies', 'accept cookies', 'privacy policy', 'skip to content', 'click here',
  'teilen', 'jetzt teilen', 'artikel teilen', 'weitere artikel', 'das könnte sie auch interessieren', 'kommentare', 'kommentar schreiben',
  'schreibe einen kommentar', 'kommentar verfassen', 'impressum', 'datenschutz', 'datenschutzerklärung', 'nach oben', 'mehr zum thema',
  'lesen sie auch', 'ähnliche artikel', 'ähnliche beiträge', 'anzeige', 'werbung', 'alle rechte vorbehalten', 'drucken', 'newsletter',
  'diese website verwendet cookies', 'wir verwenden cookies', 'zum seitenanfang',
  'weitere themen', 'weitere informationen', 'weiterführende informationen', 'weiterführender link', 'weiterführende links',
  'empfohlene beiträge', 'ähnliche themen', 'verwandte beiträge', 'verwandte artikel', 'auch interessant', 'mehr aus dem', 'mehr zum thema',
  'das könnte dich auch interessieren', 'gefällt mir', 'wird geladen', 'bild anzeigen', 'rezept drucken', 'beitrag teilen',
  'aktuelle news', 'dieses blog durchsuchen', 'sie sind aktuell nicht eingeloggt', 'kommentare sind geschlossen', 'bisher keine kommentare',
  'foto', 'fotos', 'bild', 'bildquelle', 'titelbild', 'abbildung', 'quelle', 'quellen', 'quellenangaben', 'credit', 'credits', 'photo', 'image', 'crédits photos', 'crédit photo',
  'explore further', 'more from', 'read next', 'read further', 'stay up-to-date', 'never miss', 'last modified', 'last updated', 'loading',
  'à découvrir', 'en savoir plus', 'lire aussi', 'partager', 'voir aussi',
  'posted on', 'published on', 'published', 'updated', 'last modified', 'ultima modifica', 'publié le', 'mis à jour',
];

/**
 * Openers of furniture lines that run longer than labels: legal lines ("© 2020 Outlet GmbH. All
 * rights reserved…") and publication notes ("Der Beitrag wurde am Mittwoch … veröffentlicht und
 * unter Termine abgelegt", "نشر هذا المقال في…").
 */
export const LONG_LINE_OPENERS = [
  '©', 'copyright', '(c)', 'جميع الحقوق', 'حقوق النشر', 'حقوق الطبع', 'alle rechte', 'all rights',
  'نشر هذا المقال', 'نشر هذا الخبر', 'this entry was posted', 'this post was published', 'this article was published',
  'erstellt am', 'veröffentlicht am', 'aktualisiert am', 'zuletzt aktualisiert', 'der beitrag wurde', 'dieser beitrag wurde',
  'dieser text wurde', 'dieser artikel wurde', 'dieser eintrag wurde',
];

/** Calls to action that make a short block furniture wherever they sit in it ("Möchten Sie den Artikel teilen?"). */
export const CALL_TO_ACTION_WORDS = [
  'teilen', 'share', 'partager', 'شارك', 'شاركوا', 'شاركونا', 'newsletter', 'abonnieren', 'subscribe', 'اشترك', 'اشتركوا',
  'einloggen', 'anmelden', 'registrieren', 'log in', 'login', 'sign in', 'sign up', 'سجل الدخول', 'تسجيل الدخول',
];
