import type { BackOffice } from '../domain/back-office';
import type { CurrentState } from './resync-snapshot';

/** Open checks a resync reads at most: far more than a restaurant ever has open at once. */
const openChecksAtMost = 10_000;

/** The back office as a resync reads it. */
export function currentStateOf(office: BackOffice): CurrentState {
  return {
    store: () => office.store.get(),
    menuIds: () => office.menus.list().map((menu) => menu.id),
    menu: (id) => office.menus.find(id),
    // The list is newest first; partners hear of checks in the order they were opened.
    openCheckIds: () =>
      office.checks
        .list('open', openChecksAtMost)
        .map((check) => check.id)
        .reverse(),
    check: (id) => office.checks.repository.find(id),
  };
}
