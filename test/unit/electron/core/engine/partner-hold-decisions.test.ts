import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { hubMethods } from '../../../../../shared/contract';
import { deliveryFilterSchema } from '../../../../../shared/domain/deliveries';
import {
  DestinationDirectory,
  disabledReason,
  onHoldReason,
} from '../../../../../electron/core/engine/destination-directory';
import { filterSql, shownStateSql } from '../../../../../electron/core/log/delivery-filter-sql';
import type { SecretStore } from '../../../../../electron/core/secrets/secret-store';
import type { SettingsRepository } from '../../../../../electron/core/settings/settings-repository';
import { defaultSettings, type StoredPartner } from '../../../../../electron/core/settings/settings-schema';
import { defaultOrderDeadlines } from '../../../../../shared/domain/order-deadlines';
import { fixedClock } from '../../../../support/fakes';

const partner = (id: string, fields: Partial<StoredPartner>): StoredPartner => ({
  id,
  name: id,
  url: `https://${id}.example/hooks`,
  enabled: true,
  eventTypes: ['order.created'],
  headerName: '',
  signingRotation: null,
  held: false,
  timeoutSeconds: 15,
  rateLimitPerSecond: 10,
  orderDeadlines: { ...defaultOrderDeadlines },
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  ...fields,
});

/** The directory over settings with these partners and no secrets set. */
function directoryOf(partners: StoredPartner[]): DestinationDirectory {
  const settings = { current: { ...defaultSettings(), partners } } as unknown as SettingsRepository;
  const secrets = { read: () => ({ state: 'unset' }), get: () => null } as unknown as SecretStore;
  return new DestinationDirectory(settings, secrets, fixedClock());
}

describe('what the engine is told of a held partner (#14 point 4)', () => {
  const directory = directoryOf([
    partner('open', {}),
    partner('held', { held: true }),
    partner('off', { enabled: false }),
    // Disabled wins: it is told of nothing, so nothing is kept for it.
    partner('both', { enabled: false, held: true }),
  ]);

  it('blocks a held partner like a disabled one, and names only the enabled held ones as on hold', () => {
    expect(directory.blocked().filter((id) => id.startsWith('partner:'))).toEqual([
      'partner:held',
      'partner:off',
      'partner:both',
    ]);
    expect(directory.onHold()).toEqual(['partner:held']);
    // Not the secret kind of holding: nothing unreadable here.
    expect(directory.held()).toEqual([]);
  });

  it('says why each waits, in words that tell Held from Disabled', () => {
    expect(directory.resolve('partner:open').kind).toBe('ok');
    expect(directory.resolve('partner:held')).toEqual({ kind: 'paused', name: 'held', reason: onHoldReason('held') });
    expect(directory.resolve('partner:off')).toEqual({ kind: 'paused', name: 'off', reason: disabledReason });
    expect(directory.resolve('partner:both')).toEqual({ kind: 'paused', name: 'both', reason: disabledReason });
    expect(onHoldReason('Deliveroo')).toMatch(/^On hold: kept for Deliveroo and sent, in order, when you release it/);
    expect(disabledReason).toMatch(/^Disabled: the partner is not told of new changes/);
  });
});

describe('Held and Paused in the log (#14 point 4)', () => {
  /** A log over rows waiting for a held partner, a disabled one, and some that went. */
  function log(): DatabaseSync {
    const db = new DatabaseSync(':memory:');
    db.exec(`CREATE TABLE deliveries (id INTEGER PRIMARY KEY, state TEXT, destination_id TEXT, event_type TEXT,
               created_at INTEGER, event_seq INTEGER);
             INSERT INTO deliveries (state, destination_id) VALUES
               ('paused', 'partner:held'), ('paused', 'partner:held'), ('paused', 'partner:off'),
               ('delivered', 'partner:held'), ('failed', 'partner:off');`);
    return db;
  }
  const shown = (db: DatabaseSync, states: string[], onHold: string[]): [number, string][] => {
    const state = shownStateSql(onHold);
    const where = filterSql(deliveryFilterSchema.parse({ states }), onHold);
    return (
      db
        .prepare(`SELECT d.id AS id, ${state.sql} AS state FROM deliveries d WHERE ${where.sql} ORDER BY d.id`)
        .all(...state.params, ...where.params) as { id: number; state: string }[]
    ).map((row) => [row.id, row.state]);
  };

  it('shows a held partner’s waiting rows as Held and filters them apart from Paused', () => {
    const db = log();
    expect(shown(db, [], ['partner:held'])).toEqual([
      [1, 'held'],
      [2, 'held'],
      [3, 'paused'],
      [4, 'delivered'],
      [5, 'failed'],
    ]);
    expect(shown(db, ['held'], ['partner:held'])).toEqual([
      [1, 'held'],
      [2, 'held'],
    ]);
    expect(shown(db, ['paused'], ['partner:held'])).toEqual([[3, 'paused']]);
    expect(shown(db, ['failed', 'held'], ['partner:held'])).toEqual([
      [1, 'held'],
      [2, 'held'],
      [5, 'failed'],
    ]);
    expect(shown(db, ['paused', 'held', 'delivered'], ['partner:held']).map(([id]) => id)).toEqual([1, 2, 3, 4]);
  });

  it('once released, the same rows are Paused no more than before: nothing is Held', () => {
    const db = log();
    expect(shown(db, ['held'], [])).toEqual([]);
    expect(shown(db, ['paused'], [])).toEqual([
      [1, 'paused'],
      [2, 'paused'],
      [3, 'paused'],
    ]);
  });
});

describe('partners.hold and partners.release at the boundary', () => {
  it.each(['partners.hold', 'partners.release'] as const)('%s takes exactly one partner id', (name) => {
    const input = hubMethods[name].input;
    expect(input.safeParse({ id: 'p1' }).success).toBe(true);
    for (const bad of [{}, { id: '' }, { id: 7 }, { id: 'x'.repeat(65) }, { id: 'p1', held: true }, null]) {
      expect(input.safeParse(bad).success).toBe(false);
    }
  });
});
