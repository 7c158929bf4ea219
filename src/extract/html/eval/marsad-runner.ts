// Runs Marsad's own decode + HTML extraction over an evaluation page, the way ingest will.

import { decodeBytes } from '../../decode/index.ts';
import { HtmlExtractor } from '../index.ts';
import type { ExtractorOutput } from './score.ts';

export class MarsadRunner {
  private readonly extractor = new HtmlExtractor();

  run(bytes: Uint8Array, url: string | undefined): ExtractorOutput {
    try {
      const { text } = decodeBytes(bytes);
      const result = this.extractor.extract(text, { url });
      return { text: result.paragraphs.join('\n'), title: result.title, date: result.publishedAt, authors: result.authors };
    } catch {
      return { text: '' };
    }
  }
}
