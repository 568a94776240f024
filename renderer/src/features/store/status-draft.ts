import { busyDelayRange, storeStatusSchema, type StoreStatus } from '../../../../shared/domain/store';
import type { StoreClock } from '../../time/store-clock';

export type StoreState = StoreStatus['state'];

/** "Set another status…" as typed: the delay stays text and the pause's end a store-time input value. */
export interface StatusDraft {
  state: StoreState;
  delayMinutes: string;
  /** A datetime-local value, read in store time. */
  pausedUntil: string;
}

export type StatusReading =
  { ok: true; status: StoreStatus } | { ok: false; errors: { delayMinutes?: string; until?: string } };

/** Starts from the store's status; a pause not yet chosen defaults to half an hour from now. */
export function statusDraftFrom(status: StoreStatus, clock: StoreClock, now: number): StatusDraft {
  return {
    state: status.state,
    delayMinutes: status.state === 'busy' ? String(status.delayMinutes) : '20',
    pausedUntil: clock.toInput(
      status.state === 'paused' ? status.until : Math.ceil((now + 30 * 60_000) / 60_000) * 60_000,
    ),
  };
}

/** The status the draft stands for, or what is wrong with it in a manager's words. */
export function readStatusDraft(draft: StatusDraft, clock: StoreClock, now: number): StatusReading {
  switch (draft.state) {
    case 'busy': {
      const minutes = /^\s*\d+\s*$/.test(draft.delayMinutes) ? Number(draft.delayMinutes) : Number.NaN;
      if (Number.isNaN(minutes))
        return {
          ok: false,
          errors: { delayMinutes: `Enter whole minutes, ${busyDelayRange.min}–${busyDelayRange.max}.` },
        };
      const parsed = storeStatusSchema.safeParse({ state: 'busy', delayMinutes: minutes });
      return parsed.success
        ? { ok: true, status: parsed.data }
        : { ok: false, errors: { delayMinutes: parsed.error.issues[0]?.message ?? 'Check the minutes.' } };
    }
    case 'paused': {
      const reading = clock.fromInput(draft.pausedUntil);
      if (!reading.ok) return { ok: false, errors: { until: 'Choose the date and time the pause ends.' } };
      if (reading.instant <= now)
        return { ok: false, errors: { until: 'Choose a time in the future for the pause to end.' } };
      return { ok: true, status: { state: 'paused', until: reading.iso } };
    }
    default:
      return { ok: true, status: { state: draft.state } };
  }
}
