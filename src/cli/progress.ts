// A progress bar on stderr when it is a terminal; nothing at all when piped or redirected.
// The bar counts input files (cheap to know up front); the line also shows items and their rate.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

function countFiles(path: string): number {
  try {
    const info = statSync(path);
    if (!info.isDirectory()) return 1;
    return readdirSync(path).filter((n) => !n.startsWith('.')).reduce((sum, n) => sum + countFiles(join(path, n)), 0);
  } catch {
    return 1;
  }
}

/** The file an item came from: `a.zip!x.json[3]` and `a.jsonl:12` belong to a.zip and a.jsonl. */
export function fileOf(origin: string): string {
  return origin.replace(/!.*$/, '').replace(/:\d+$/, '').replace(/\[\d+\]$/, '');
}

export class ProgressBar {
  private readonly enabled: boolean;
  private readonly totalFiles: number;
  private readonly files = new Set<string>();
  private readonly started = Date.now();
  private lastDraw = 0;
  private counts = { ingested: 0, duplicates: 0, rejected: 0 };

  constructor(paths: string[], stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = Boolean(stream.isTTY) && !process.env.CI;
    this.totalFiles = this.enabled ? paths.reduce((sum, p) => sum + (p === '-' ? 1 : countFiles(p)), 0) : 0;
  }

  update(origin: string, status: 'ingested' | 'duplicate' | 'rejected'): void {
    if (!this.enabled) return;
    this.files.add(fileOf(origin));
    if (status === 'ingested') this.counts.ingested++;
    else if (status === 'duplicate') this.counts.duplicates++;
    else this.counts.rejected++;
    const now = Date.now();
    if (now - this.lastDraw >= REDRAW_MS) this.draw(now);
  }

  private draw(now: number): void {
    this.lastDraw = now;
    const fraction = this.totalFiles > 0 ? Math.min(1, Math.max(0, this.files.size - 1) / this.totalFiles) : 0;
    const filled = Math.round(fraction * BAR_WIDTH);
    const items = this.counts.ingested + this.counts.duplicates + this.counts.rejected;
    const rate = items / Math.max(0.001, (now - this.started) / 1000);
    // Without files (a crawl), there is nothing to measure a bar against: items and rate only.
    const bar = this.totalFiles > 0 ? `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${this.files.size}/${this.totalFiles} files  ` : '';
    const line = `${bar}${items} items  ${Math.round(rate)}/s  ingested ${this.counts.ingested} duplicates ${this.counts.duplicates} rejected ${this.counts.rejected}`;
    process.stderr.write(`\r${line}\x1b[K`);
  }

  finish(): void {
    if (this.enabled && this.lastDraw > 0) process.stderr.write('\r\x1b[K');
  }
}
