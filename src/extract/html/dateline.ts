// The dateline: the place (and often the agency) that opens a news story's first paragraph,
// "طرابلس- دعت…", "بيروت ـ (أ ف ب) - قال…", "CAIRO (Reuters) - …". The paragraph keeps it (display
// text is lossless); the field names it.

/** At most this many words of place name: "الدار البيضاء", "أبو ظبي", "New York". */
const MAX_PLACE_WORDS = 3;
const DATELINE = new RegExp(
  String.raw`^((?:(?:(?!\u0640)\p{L})+[\s/]*){1,${MAX_PLACE_WORDS}}?)` + // place (tatweel is a dash here)
  String.raw`(?:[\s,،]+[\p{L}\d. ]{1,20}?)?` + // "CAIRO, Jan 5" / "الرباط، 12 مارس"
  String.raw`\s*((?:\(|«)[^)»]{1,30}(?:\)|»))?` + // (رويترز), «القدس العربي»
  String.raw`\s*[-–—ـ:]+\s*(?=\S)`,
  'u',
);

export function findDateline(firstParagraph: string | undefined): string | undefined {
  if (!firstParagraph || firstParagraph.length < 40) return undefined;
  const m = DATELINE.exec(firstParagraph);
  if (!m) return undefined;
  const dateline = m[0].replace(/[\s\-–—ـ:]+$/, '').trim();
  // A real dateline is short; a long "prefix" is a sentence with a dash in it.
  if (dateline.length > 45 || dateline.length < 2) return undefined;
  return dateline;
}
