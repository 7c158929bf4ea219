// marsad ingest PATH… [--db D] [--source NAME] [--format auto|text|html] [--json]
// Prints `ingested N duplicates D rejected R`; with --json, one JSON line per item instead.
// Each rejected input gets one line on stderr. Exit 2 when inputs were given but nothing could be
// ingested (every one rejected).
import { MarsadError } from '../../core/errors.ts';
import { ingestPaths, type ItemReport } from '../../pipeline/ingest.ts';
import type { InputFormat } from '../../ingest/sources.ts';
import type { AnalysisStage } from '../../pipeline/analyze.ts';
import { openStore } from '../../store/open.ts';
import { dbFlag, intFlag, parse } from '../args.ts';
import { printJson, printLine, warn } from '../output.ts';
import { ProgressBar } from '../progress.ts';
import { enqueueCommand } from './worker.ts';

const USAGE = 'marsad ingest PATH… [--db D] [--source NAME] [--format auto|text|html] [--workers N] [--queue] [--json]';
const FORMATS = new Set(['auto', 'text', 'html']);
const STAGES: ReadonlySet<AnalysisStage> = new Set(['entities', 'quotes', 'dates', 'amounts']);

/** `--skip entities,quotes`: analysis stages a user can leave out when only search matters. */
function skipFlag(value: string | undefined): ReadonlySet<AnalysisStage> | undefined {
  if (!value) return undefined;
  const stages = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const stage of stages) {
    if (!STAGES.has(stage as AnalysisStage)) throw new MarsadError('usage', `--skip takes ${[...STAGES].join(', ')}; got ${JSON.stringify(stage)}`);
  }
  return new Set(stages as AnalysisStage[]);
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: 'string' },
    source: { type: 'string' },
    format: { type: 'string', default: 'auto' },
    json: { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
    workers: { type: 'string' },
    skip: { type: 'string' },
    queue: { type: 'boolean', default: false },
  }, USAGE);
  if (positionals.length === 0) throw new MarsadError('usage', `nothing to ingest (usage: ${USAGE})`);
  const format = values.format as string;
  if (!FORMATS.has(format)) throw new MarsadError('usage', `--format wants auto, text or html, got ${JSON.stringify(format)}`);

  if (values.queue) return enqueueCommand(positionals, dbFlag(values.db), { format: format as InputFormat, source: values.source });
  const store = await openStore(dbFlag(values.db));
  const progress = values.json ? undefined : new ProgressBar(positionals);
  try {
    const summary = await ingestPaths(positionals, store, {
      format: format as InputFormat,
      skip: skipFlag(values.skip),
      source: values.source,
      batchSize: values['batch-size'] ? intFlag(values['batch-size'], 'batch-size', 500, 1, 100_000) : undefined,
      workers: values.workers !== undefined ? intFlag(values.workers, 'workers', 0, 0, 64) : undefined,
      onItem: (item: ItemReport) => {
        progress?.update(item.origin, item.status);
        if (item.status === 'rejected') {
          progress?.finish();
          warn(item.error ?? `${item.origin}: rejected`);
        }
        if (values.json) printJson(item, false);
      },
    });
    progress?.finish();
    if (!values.json) printLine(`ingested ${summary.ingested} duplicates ${summary.duplicates} rejected ${summary.rejected}`);
    return summary.ingested + summary.duplicates === 0 && summary.rejected > 0 ? 2 : 0;
  } finally {
    await store.close();
  }
}
