// The Arabic text toolkit: display and search profiles, segmentation, clitics, light stemming,
// stop words and search terms. Knows nothing of HTTP, SQL or HTML.
export { toDisplay, foldForSearch, foldRangeForSearch, foldCharForSearch, SEARCH_RULES } from './profiles.ts';
export { segment, SegmentScanner, type Segment, type SegmentKind } from './segment.ts';
export { splitClitics, type Clitics } from './clitics.ts';
export { lightStem } from './stem.ts';
export { isStopWord } from './stopwords.ts';
export { searchTerms, searchKey, TermAnalyzer, type Term, type TermAnalyzerOptions } from './terms.ts';
