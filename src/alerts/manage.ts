// Adding an alert: its name, query, entity and webhook checked, the entity resolved to one id,
// and — when asked — the articles already stored that match it recorded (a backfill, found with
// store.search so it is exactly what a search shows).
import { MarsadError } from '../core/errors.ts';
import { parseQuery } from '../search/query.ts';
import type { Alert } from '../store/alerts-port.ts';
import { nameKey } from '../store/name-keys.ts';
import type { EntitySummary, Store } from '../store/port.ts';
import { compileQuery, mentionsEntity } from './match.ts';
import { checkAlertName, checkWebhookUrl } from './names.ts';

/** A backfill records at most this many stored articles (the best-ranked ones). */
export const MAX_BACKFILL = 5_000;
const SEARCH_PAGE = 1_000;
const ENTITY_CANDIDATES = 10;

export interface AddAlertInput {
  name: string;
  query: string;
  /** An entity id, or a name in any spelling. */
  entity?: string;
  webhook?: string;
  /** Also match the articles already stored. */
  backfill?: boolean;
  now?: Date;
}

export interface AddAlertResult {
  alert: Alert;
  entity?: EntitySummary;
  /** Stored articles recorded as matches by the backfill (they get no webhook call). */
  backfilled: number;
  /** True when the backfill stopped at MAX_BACKFILL. */
  backfillTruncated: boolean;
}

/** The query as the user typed it, refused when it could never match anything. */
export function checkAlertQuery(input: string): string {
  const query = input.trim();
  if (compileQuery(parseQuery(query)) === undefined) {
    throw new MarsadError('bad_query', `the query ${JSON.stringify(input)} has no words to search for (exclusions alone match nothing)`);
  }
  return query;
}

function entityLabel(entity: EntitySummary): string {
  return `${entity.id} (${entity.canonical})`;
}

/**
 * An entity id, else a name: the one entity whose canonical name or a variant has that name's
 * skeleton, else the only entity the name finds. Several candidates is an error that lists them.
 */
export async function resolveEntity(store: Store, input: string): Promise<EntitySummary> {
  const byId = await store.getEntity(input);
  if (byId) return byId;
  const { items } = await store.listEntities({ name: input, limit: ENTITY_CANDIDATES });
  if (items.length === 0) throw new MarsadError('not_found', `no entity with the id or name ${JSON.stringify(input)} (see marsad entities --name)`);
  const key = nameKey(input);
  const exact = items.filter((e) => [e.canonical, ...e.variants].some((name) => nameKey(name) === key));
  if (exact.length === 1) return exact[0];
  if (exact.length === 0 && items.length === 1) return items[0];
  const candidates = exact.length > 1 ? exact : items;
  throw new MarsadError('usage', `${JSON.stringify(input)} names several entities: ${candidates.slice(0, 4).map(entityLabel).join(', ')}; give --entity an id`);
}

/** Stored articles the alert matches, best-ranked first, at most MAX_BACKFILL (+1 to tell it was cut). */
async function storedMatches(store: Store, query: string, entityId: string | undefined): Promise<string[]> {
  const parsed = parseQuery(query);
  const ids: string[] = [];
  for (let offset = 0; ids.length <= MAX_BACKFILL; offset += SEARCH_PAGE) {
    const page = await store.search(parsed, { limit: SEARCH_PAGE, offset });
    for (const hit of page.items) {
      if (entityId !== undefined) {
        const article = await store.getArticle(hit.id);
        if (!article || !mentionsEntity(article, entityId)) continue;
      }
      ids.push(hit.id);
    }
    if (page.items.length < SEARCH_PAGE) break;
  }
  return ids;
}

export async function addAlert(store: Store, input: AddAlertInput): Promise<AddAlertResult> {
  const name = checkAlertName(input.name);
  const query = checkAlertQuery(input.query);
  const webhook = input.webhook === undefined ? undefined : checkWebhookUrl(input.webhook);
  const entity = input.entity === undefined ? undefined : await resolveEntity(store, input.entity.trim());
  const now = (input.now ?? new Date()).toISOString();
  const alert = await store.alerts.add({ name, query, entityId: entity?.id, webhook, createdAt: now });
  if (!input.backfill) return { alert, entity, backfilled: 0, backfillTruncated: false };
  const found = await storedMatches(store, query, entity?.id);
  const backfilled = await store.alerts.addMatches(name, found.slice(0, MAX_BACKFILL), now);
  return { alert, entity, backfilled, backfillTruncated: found.length > MAX_BACKFILL };
}
