import type { HubApi } from '../../../shared/contract';
import { undeliveredTo } from '../features/failing/fix-paths';

/**
 * A desktop notification about a failing partner was clicked (the desktop app sends
 * `app.showUndelivered`): show that partner's undelivered webhooks, where the toast's
 * link leads. Through the address, so the router's guard still asks before leaving
 * unsaved changes. Returns an unsubscribe.
 */
export function followDesktopLinks(api: Pick<HubApi, 'on'>, go: (path: string) => void = goTo): () => void {
  return api.on('app.showUndelivered', ({ destinationId }) => go(undeliveredTo(destinationId)));
}

function goTo(path: string): void {
  window.location.hash = path;
}
