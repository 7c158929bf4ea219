// Mapping between alert rows and their objects, shared by the SQLite and PostgreSQL adapters.
import { MarsadError } from '../core/errors.ts';
import type { Alert, AlertMatch, DeliveryRecord, DeliveryState } from './alerts-port.ts';

export interface AlertColumns {
  name: string; query: string; entity_id: string | null; webhook: string | null; created_at: string;
}

export interface DeliveryRow {
  alert: string; article_id: string; state: DeliveryState; attempts: number; next_attempt_at: string;
  last_error: string | null; sent_at: string | null;
}

export function alertFromRow(row: AlertColumns): Alert {
  const alert: Alert = { name: row.name, query: row.query, createdAt: row.created_at };
  if (row.entity_id !== null) alert.entityId = row.entity_id;
  if (row.webhook !== null) alert.webhook = row.webhook;
  return alert;
}

export function deliveryFromRow(row: DeliveryRow): DeliveryRecord {
  const record: DeliveryRecord = {
    alert: row.alert, articleId: row.article_id, state: row.state, attempts: row.attempts, nextAttemptAt: row.next_attempt_at,
  };
  if (row.last_error !== null) record.lastError = row.last_error;
  if (row.sent_at !== null) record.sentAt = row.sent_at;
  return record;
}

export function duplicateAlert(name: string): MarsadError {
  return new MarsadError('usage', `an alert named ${JSON.stringify(name)} exists already (marsad alert remove it first)`);
}

export interface MatchRow {
  matched_at: string; id: string; title: string; source: string | null; url: string | null; published_at: string | null;
  first_seen_at: string | null; standfirst: string | null; dateline: string | null; text: string;
}

export function matchFromRow(row: MatchRow): AlertMatch {
  const match: AlertMatch = { id: row.id, title: row.title, matchedAt: row.matched_at, text: row.text };
  if (row.source !== null) match.source = row.source;
  if (row.url !== null) match.url = row.url;
  if (row.published_at !== null) match.publishedAt = row.published_at;
  if (row.first_seen_at !== null) match.firstSeenAt = row.first_seen_at;
  if (row.standfirst !== null) match.standfirst = row.standfirst;
  if (row.dateline !== null) match.dateline = row.dateline;
  return match;
}
