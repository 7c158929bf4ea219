// What one app instance shares between the reader and the API: search with its remembered answers,
// and the views that are costly to compose. One per app, so caches never outlive or cross apps.
import type { Store } from '../store/port.ts';
import { ArchiveViews } from '../web/views/archive-views.ts';
import { ArchiveSearch } from './search.ts';

export interface Services {
  search: ArchiveSearch;
  views: ArchiveViews;
}

export function createServices(store: Store): Services {
  return { search: new ArchiveSearch(store), views: new ArchiveViews(store) };
}
