import { randomUUID } from 'node:crypto';
import type { EventType } from '../../../shared/domain/event-types';

/** The Standard Webhooks-style envelope every partner receives (brief §5). */
export interface Envelope<T = unknown> {
  id: string;
  type: EventType;
  timestamp: string;
  store_id: string;
  sequence: number;
  /** Only on an Event Catalog example sent by hand: not a real change. */
  example?: true;
  /** Only on "Send current state": a snapshot of what already is, not a new change. */
  resync?: true;
  data: T;
}

/** `evt_` + 32 hex digits: unique, URL-safe, and the `webhook-id` on every attempt. */
export function newEventId(): string {
  return `evt_${randomUUID().replaceAll('-', '')}`;
}

/**
 * ISO 8601 with the local offset (e.g. `2026-11-22T14:05:00.000+01:00`), as the
 * brief asks: partners see the restaurant's wall-clock time and can still order
 * events exactly.
 */
export function isoWithOffset(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
