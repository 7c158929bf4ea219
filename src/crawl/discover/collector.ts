// Where the parsers put what they find: links (deduplicated, at most maxLinks) and problems,
// counted by kind so a feed of 100,000 broken entries gives a handful of diagnostics, not 100,000.
import type { Diagnostic, Severity } from '../../core/types.ts';
import type { DiscoveredLink } from './types.ts';

const STAGE = 'discover';

interface Tally {
  severity: Severity;
  count: number;
  /** The message of the first occurrence; later ones only count. */
  first: string;
}

export class DiagnosticTally {
  private readonly tallies = new Map<string, Tally>();

  add(code: string, severity: Severity, message: string): void {
    const tally = this.tallies.get(code);
    if (tally) tally.count++;
    else this.tallies.set(code, { severity, count: 1, first: message });
  }

  diagnostics(): Diagnostic[] {
    return [...this.tallies].map(([code, t]) => ({
      code,
      severity: t.severity,
      stage: STAGE,
      message: t.count === 1 ? t.first : `${t.first} (and ${t.count - 1} more like it)`,
    }));
  }
}

export type AddOutcome = 'added' | 'duplicate' | 'full';

export class LinkCollector {
  readonly links: DiscoveredLink[] = [];
  /** An entry beyond maxLinks was met: the caller stops reading. */
  truncated = false;
  private readonly seen = new Set<string>();

  constructor(private readonly maxLinks: number, readonly problems: DiagnosticTally) {}

  add(link: DiscoveredLink): AddOutcome {
    if (this.seen.has(link.url)) {
      this.problems.add('discover.duplicate_link', 'info', `${link.url} is listed more than once; kept the first`);
      return 'duplicate';
    }
    if (this.links.length >= this.maxLinks) {
      this.truncated = true;
      return 'full';
    }
    this.seen.add(link.url);
    this.links.push(withoutEmptyFields(link));
    return 'added';
  }
}

function withoutEmptyFields(link: DiscoveredLink): DiscoveredLink {
  const out = { ...link } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) if (value === undefined) delete out[key];
  return out as unknown as DiscoveredLink;
}
