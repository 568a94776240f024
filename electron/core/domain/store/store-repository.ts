import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { z } from 'zod';
import { weeklyHoursSchema } from '../../../../shared/domain/hours';
import {
  specialDateSchema,
  storeStatusSchema,
  type StoreInput,
  type StoreStatus,
  type StoreView,
} from '../../../../shared/domain/store';
import { isoOf } from '../domain-deps';

interface StoreRow {
  id: string;
  name: string;
  timezone: string;
  currency: string;
  tax_rate_bps: number;
  tax_included: number;
  status: string;
  busy_delay_minutes: number | null;
  paused_until: string | null;
  hours: string;
  special_dates: string;
  updated_at: number;
}

const specialDatesSchema = z.array(specialDateSchema);

function statusOf(row: StoreRow): StoreStatus {
  // Re-validated: the columns are only as good as the last writer.
  return storeStatusSchema.parse(
    row.status === 'busy'
      ? { state: 'busy', delayMinutes: row.busy_delay_minutes }
      : row.status === 'paused'
        ? { state: 'paused', until: row.paused_until }
        : { state: row.status },
  );
}

/** Reads and writes the one store row. */
export class StoreRepository {
  private readonly select: StatementSync;
  private readonly upsert: StatementSync;

  constructor(db: DatabaseSync) {
    this.select = db.prepare('SELECT * FROM store LIMIT 1');
    this.upsert = db.prepare(`
      INSERT INTO store (id, name, timezone, currency, tax_rate_bps, tax_included, status, busy_delay_minutes,
        paused_until, hours, special_dates, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, timezone = excluded.timezone, currency = excluded.currency,
        tax_rate_bps = excluded.tax_rate_bps, tax_included = excluded.tax_included, status = excluded.status,
        busy_delay_minutes = excluded.busy_delay_minutes, paused_until = excluded.paused_until, hours = excluded.hours,
        special_dates = excluded.special_dates, updated_at = excluded.updated_at`);
  }

  /** The store, or null before the first run's seeding. */
  find(): StoreView | null {
    const row = this.select.get() as StoreRow | undefined;
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      timezone: row.timezone,
      currency: row.currency,
      taxRateBps: row.tax_rate_bps,
      taxIncluded: row.tax_included === 1,
      status: statusOf(row),
      hours: weeklyHoursSchema.parse(JSON.parse(row.hours)),
      specialDates: specialDatesSchema.parse(JSON.parse(row.special_dates)),
      updatedAt: isoOf(row.updated_at),
    };
  }

  write(id: string, store: StoreInput, now: number): void {
    const { status } = store;
    this.upsert.run(
      id,
      store.name,
      store.timezone,
      store.currency,
      store.taxRateBps,
      store.taxIncluded ? 1 : 0,
      status.state,
      status.state === 'busy' ? status.delayMinutes : null,
      status.state === 'paused' ? status.until : null,
      JSON.stringify(store.hours),
      JSON.stringify(store.specialDates),
      now,
    );
  }
}
