// Stage 1 of the content cascade: the JSON-LD articleBody. It is trusted only when it is long
// enough, not a teaser cut with an ellipsis, and has paragraph breaks; a single blob has lost the
// structure readers need, so it is kept as a fallback rather than used first.

export interface ArticleBodyParagraphs {
  paragraphs: string[];
  /** True when the body has real paragraph breaks and can be used as is. */
  structured: boolean;
  /** Non-space characters, comparable with the DOM stage's count. */
  chars: number;
}

export function articleBodyParagraphs(articleBody: string | undefined, minChars: number): ArticleBodyParagraphs {
  if (!articleBody) return { paragraphs: [], structured: false, chars: 0 };
  const text = articleBody.replace(/<[^>]{1,200}>/g, '\n').trim();
  if (text.length < minChars || /(?:\.\.\.|…|\[…\])\s*$/.test(text)) return { paragraphs: [], structured: false, chars: 0 };
  const paragraphs = text.split(/\s*\n\s*/).map((p) => p.trim()).filter(Boolean);
  return { paragraphs, structured: paragraphs.length >= 2, chars: text.replace(/\s+/g, '').length };
}
