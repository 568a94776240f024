import { instantAt, wallClockAt } from '../../../../shared/domain/zoned-time';

/**
 * `<input type="datetime-local">` holds a wall-clock time without a zone
 * ("2026-11-21T17:30"); here it is the store's wall clock, whatever zone this
 * PC is in. (A store-time module for every screen is on its way; this is the
 * 86-until dialog's own small pair until then.)
 */
export function storeInputToMs(value: string, zone: string): number | null {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return instantAt({ year, month, day, hour, minute }, zone);
}

/** The store's wall clock at `at` as a datetime-local value. */
export function msToStoreInput(at: number, zone: string): string {
  const w = wallClockAt(at, zone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** A sensible "until": two hours from now, on the next half hour. */
export function inTwoHours(zone: string, now = Date.now()): string {
  const halfHour = 30 * 60_000;
  return msToStoreInput(Math.ceil((now + 2 * 3_600_000) / halfHour) * halfHour, zone);
}
