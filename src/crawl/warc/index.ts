// WARC in and out: read a crawl archive's HTML responses, write what Marsad fetched.
export { readWarc } from './reader.ts';
export { writeWarc, SYNTHESISED_HEADERS_NOTE, type WarcWriteOptions, type WarcWriteSummary } from './writer.ts';
export { warcDocuments, type WarcSourceItem, type WarcSourceOptions } from './documents.ts';
export type { WarcItem, WarcProblem, WarcReadOptions, WarcResponse, WarcSummary } from './types.ts';
