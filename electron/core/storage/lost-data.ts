import { DatabaseSync } from 'node:sqlite';

/** What a set-aside database held that the operator will miss, as far as it can still be read. */
export interface LostData {
  /** Webhooks still to be sent (pending, retrying, in flight or paused). */
  queuedWebhooks: number | null;
  /** Checks open on the Orders screen. */
  openChecks: number | null;
}

function count(db: DatabaseSync, sql: string): number | null {
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } catch {
    return null;
  }
}

/**
 * Reads, without changing it, what a database about to be set aside still held;
 * null when it cannot be opened at all. Each count on its own: a damaged file
 * may still answer one and not the other.
 */
export function readLostData(path: string): LostData | null {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { readOnly: true });
  } catch {
    return null;
  }
  try {
    const lost = {
      queuedWebhooks: count(
        db,
        `SELECT COUNT(*) AS n FROM deliveries WHERE state IN ('pending', 'retrying', 'sending', 'paused')`,
      ),
      openChecks: count(db, `SELECT COUNT(*) AS n FROM checks WHERE status = 'open'`),
    };
    return lost.queuedWebhooks === null && lost.openChecks === null ? null : lost;
  } finally {
    db.close();
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * The notice for a database that was set aside: what it means for the
 * restaurant, in a manager's words, and where the old file is.
 */
export function databaseLossNotice(setAside: { backupPath: string; reason: string; lost: LostData | null }): string {
  const { lost } = setAside;
  const queued =
    lost?.queuedWebhooks != null
      ? lost.queuedWebhooks === 0
        ? 'no webhooks were waiting to be sent'
        : `${plural(lost.queuedWebhooks, 'webhook that was', 'webhooks that were')} waiting to be sent will not be sent`
      : 'webhooks that were waiting to be sent will not be sent';
  const checks =
    lost?.openChecks != null
      ? lost.openChecks === 0
        ? 'no checks were open'
        : `${plural(lost.openChecks, 'open check is', 'open checks are')} no longer on the Orders screen`
      : 'open checks are no longer on the Orders screen';
  return (
    `Integration Hub could not use its database (${setAside.reason}), so it started a new one. ` +
    `What was in the old one is not in use any more: ${queued}, ${checks}, the menu and store are back to ` +
    `the sample restaurant, and the Deliveries log starts empty. Partner and Order Webhooks settings are kept. ` +
    `The old file was kept as ${setAside.backupPath}; support may be able to recover from it.`
  );
}
