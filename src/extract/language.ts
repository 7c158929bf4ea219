// The article's language from its letters: Marsad is for Arabic news, but it says so honestly when
// a page is something else.

function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3) || (code >= 0xfb50 && code <= 0xfefc);
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

/** 'ar', 'en'-like Latin ('und-Latn' when unsure which), or 'und'. Looks at the first 5,000 characters. */
export function detectLanguage(text: string, declared?: string): string {
  let arabic = 0;
  let latin = 0;
  const end = Math.min(text.length, 5000);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isArabicLetter(code)) arabic++;
    else if (isLatinLetter(code)) latin++;
  }
  if (arabic + latin === 0) return declared ?? 'und';
  if (arabic >= latin) return 'ar';
  const lang = declared?.toLowerCase().split(/[-_]/)[0];
  return lang && lang !== 'ar' ? lang : 'und';
}
