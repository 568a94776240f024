/**
 * `<input type="datetime-local">` speaks "2026-11-22T18:30" in this PC's zone;
 * the contract wants ISO 8601 with an offset. The back-office PC is in the
 * restaurant, so its zone is the one the operator means.
 */
export function localInputToIso(value: string): string {
  const date = new Date(value);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) || Number.isNaN(date.getTime())) return value;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number): string => String(n).padStart(2, '0');
  const abs = Math.abs(offset);
  return `${value.slice(0, 16)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The other way: an ISO time shown in this PC's zone for the datetime-local input. */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A sensible default pause: half an hour from now, to the minute. */
export function inHalfAnHour(now = new Date()): string {
  return isoToLocalInput(new Date(now.getTime() + 30 * 60_000).toISOString());
}
