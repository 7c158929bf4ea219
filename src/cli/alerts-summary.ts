// One line on stderr when alerts matched or webhooks were sent after an ingest, a watch round or
// a worker's jobs; nothing when alerts had nothing to do.
import type { RunAlertsResult } from '../alerts/index.ts';
import { warn } from './output.ts';

export function reportAlerts(result: RunAlertsResult): void {
  if (result.matched + result.delivered + result.failed === 0) return;
  warn(`alerts: ${result.matched} new matches, ${result.delivered} webhook deliveries sent, ${result.failed} given up`);
}
