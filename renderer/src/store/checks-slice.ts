import type { StateCreator } from 'zustand';
import type { HubApi, MethodInput, Result } from '../../../shared/contract';
import type { Check } from '../../../shared/domain/checks';
import type { AppState, LoadState } from './app-state';

export interface ChecksSlice {
  checks: {
    byId: Record<string, Check>;
    /** Open checks, newest first. */
    openIds: string[];
    /** Closed and cancelled checks, newest first. */
    doneIds: string[];
    loadState: LoadState;
    error: string | null;
  };
  loadChecks: () => Promise<void>;
  openCheck: (input: MethodInput<'checks.open'>) => Promise<Result<Check>>;
  addCheckLine: (input: MethodInput<'checks.addLine'>) => Promise<Result<Check>>;
  removeCheckLine: (checkId: string, lineId: string) => Promise<Result<Check>>;
  changeCheckTable: (checkId: string, table: string) => Promise<Result<Check>>;
  closeCheck: (checkId: string) => Promise<Result<Check>>;
  cancelCheck: (checkId: string, reason: string, by: string) => Promise<Result<Check>>;
}

const newestFirst = (a: Check, b: Check): number => b.openedAt.localeCompare(a.openedAt) || b.number - a.number;
const doneAt = (check: Check): string => check.closedAt ?? check.cancelledAt ?? check.updatedAt;

export function createChecksSlice(api: HubApi): StateCreator<AppState, [], [], ChecksSlice> {
  return (set, get) => {
    /** Keeps the check the core returned and files it under open or done by its status. */
    const upsert = (result: Result<Check>): Result<Check> => {
      if (!result.ok) return result;
      const check = result.value;
      set((state) => {
        const byId = { ...state.checks.byId, [check.id]: check };
        const others = (ids: string[]): string[] => ids.filter((id) => id !== check.id);
        const openIds =
          check.status === 'open' ? [check.id, ...others(state.checks.openIds)] : others(state.checks.openIds);
        const doneIds =
          check.status === 'open' ? others(state.checks.doneIds) : [check.id, ...others(state.checks.doneIds)];
        const sortBy = (ids: string[], order: (a: Check, b: Check) => number): string[] =>
          ids
            .map((id) => byId[id])
            .filter((known): known is Check => known !== undefined)
            .sort(order)
            .map((known) => known.id);
        return {
          checks: {
            ...state.checks,
            byId,
            openIds: sortBy(openIds, newestFirst),
            doneIds: sortBy(doneIds, (a, b) => doneAt(b).localeCompare(doneAt(a))),
          },
        };
      });
      return result;
    };

    return {
      checks: { byId: {}, openIds: [], doneIds: [], loadState: 'idle', error: null },

      async loadChecks() {
        if (get().checks.loadState === 'idle') set((state) => ({ checks: { ...state.checks, loadState: 'loading' } }));
        const [open, closed, cancelled] = await Promise.all([
          api.call('checks.list', { status: 'open' }),
          api.call('checks.list', { status: 'closed', limit: 50 }),
          api.call('checks.list', { status: 'cancelled', limit: 50 }),
        ]);
        if (!open.ok || !closed.ok || !cancelled.ok) {
          const failed = [open, closed, cancelled].find((result) => !result.ok);
          const message = failed && !failed.ok ? failed.error.message : 'Could not load the checks.';
          set((state) => ({
            checks: {
              ...state.checks,
              loadState: state.checks.loadState === 'ready' ? 'ready' : 'failed',
              error: message,
            },
          }));
          return;
        }
        const done = [...closed.value, ...cancelled.value].sort((a, b) => doneAt(b).localeCompare(doneAt(a)));
        const all = [...open.value, ...done];
        set({
          checks: {
            byId: Object.fromEntries(all.map((check) => [check.id, check])),
            openIds: open.value.map((check) => check.id),
            doneIds: done.map((check) => check.id),
            loadState: 'ready',
            error: null,
          },
        });
      },

      async openCheck(input) {
        return upsert(await api.call('checks.open', input));
      },
      async addCheckLine(input) {
        return upsert(await api.call('checks.addLine', input));
      },
      async removeCheckLine(checkId, lineId) {
        return upsert(await api.call('checks.removeLine', { checkId, lineId }));
      },
      async changeCheckTable(checkId, table) {
        return upsert(await api.call('checks.changeTable', { checkId, table }));
      },
      async closeCheck(checkId) {
        return upsert(await api.call('checks.close', { checkId }));
      },
      async cancelCheck(checkId, reason, by) {
        return upsert(await api.call('checks.cancel', { checkId, reason, by }));
      },
    };
  };
}
