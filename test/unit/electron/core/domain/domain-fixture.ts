import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { BackOffice } from '../../../../../electron/core/domain/back-office';
import type { NewEvent } from '../../../../../electron/core/outbox/outbox';
import { inTransaction, openDatabase } from '../../../../../electron/core/storage/database';
import { HubFailure } from '../../../../../electron/core/api/hub-failure';
import { fixedClock } from '../../../../support/fakes';

/** The services over a real SQLite file, recording what they publish instead of routing it. */
export interface DomainFixture {
  db: DatabaseSync;
  office: BackOffice;
  clock: ReturnType<typeof fixedClock>;
  /** Every event published by committed transactions, in order. */
  published: NewEvent[];
  /** Makes the next publish throw, as a failing outbox write would. */
  failNextPublish(): void;
  /** Published events of one type. */
  ofType(type: NewEvent['type']): NewEvent[];
  close(): void;
}

/**
 * Real database, real services; only the outbox is replaced by a recorder that
 * insists on running inside the caller's transaction and forgets events whose
 * transaction rolled back, like the real outbox rows would vanish.
 */
export function openDomain(dir: string): DomainFixture {
  const clock = fixedClock('2026-11-20T18:00:00.000Z');
  const { db } = openDatabase(join(dir, 'hub.sqlite'), clock, { appVersion: '0.0.0-test' });
  const published: NewEvent[] = [];
  let pending: NewEvent[] = [];
  let failNext = false;
  const office = new BackOffice({
    db,
    clock,
    storeId: 'store_test',
    transaction: (work) => {
      pending = [];
      try {
        const result = inTransaction(db, work);
        published.push(...pending);
        return result;
      } finally {
        pending = [];
      }
    },
    publish: (event) => {
      if (!db.isTransaction) throw new Error('published outside a transaction');
      if (failNext) {
        failNext = false;
        throw new HubFailure('internal', 'outbox write failed');
      }
      pending.push(event);
    },
  });
  return {
    db,
    office,
    clock,
    published,
    failNextPublish: () => {
      failNext = true;
    },
    ofType: (type) => published.filter((e) => e.type === type),
    close: () => db.close(),
  };
}
