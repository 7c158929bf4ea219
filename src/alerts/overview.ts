// What the alerts page and /api/alerts show: every alert, its counts, its entity by name, and its
// latest matches. Webhook URLs are left out: they often carry a secret, and these are public.
import type { AlertMatch, AlertSummary, DeliveryCounts } from '../store/alerts-port.ts';
import type { Store } from '../store/port.ts';

export const LATEST_SHOWN = 5;

export interface AlertOverview {
  name: string;
  query: string;
  createdAt: string;
  /** The entity the alert is limited to; its name when the archive still knows it. */
  entity?: { id: string; canonical?: string };
  matches: number;
  lastMatchedAt?: string;
  hasWebhook: boolean;
  deliveries: DeliveryCounts;
  latest: Array<Omit<AlertMatch, 'text'>>;
}

async function overviewOf(store: Store, alert: AlertSummary, latest: number): Promise<AlertOverview> {
  const [matches, entity] = await Promise.all([
    latest > 0 ? store.alerts.matches(alert.name, { limit: latest }) : Promise.resolve({ total: 0, items: [] }),
    alert.entityId ? store.getEntity(alert.entityId) : Promise.resolve(undefined),
  ]);
  const overview: AlertOverview = {
    name: alert.name, query: alert.query, createdAt: alert.createdAt, matches: alert.matches, hasWebhook: alert.webhook !== undefined,
    deliveries: alert.deliveries, latest: matches.items.map(({ text: _text, ...summary }) => summary),
  };
  if (alert.entityId) overview.entity = entity ? { id: entity.id, canonical: entity.canonical } : { id: alert.entityId };
  if (alert.lastMatchedAt) overview.lastMatchedAt = alert.lastMatchedAt;
  return overview;
}

export async function alertOverview(store: Store, latest = LATEST_SHOWN): Promise<AlertOverview[]> {
  const alerts = await store.alerts.list();
  return Promise.all(alerts.map((alert) => overviewOf(store, alert, latest)));
}
