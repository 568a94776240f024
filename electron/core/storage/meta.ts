import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

/**
 * This installation's store id, the envelope's `store_id`: created once and kept
 * in the database, so it travels with the data, not with the settings file.
 */
export function storeIdOf(db: DatabaseSync): string {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'store_id'`).get() as { value: string } | undefined;
  if (row) return row.value;
  const id = `store_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  db.prepare(`INSERT INTO meta (key, value) VALUES ('store_id', ?) ON CONFLICT (key) DO NOTHING`).run(id);
  return (db.prepare(`SELECT value FROM meta WHERE key = 'store_id'`).get() as { value: string }).value;
}
