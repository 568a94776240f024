import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { Check, CheckLine, CheckLineModifier, CheckStatus, OrderSource } from '../../../../shared/domain/checks';
import { totalsOf } from '../../../../shared/domain/money';
import { isoOf, isoOrNull } from '../domain-deps';
import { limitSql, StatementCache } from '../../storage/statement-cache';

interface CheckRow {
  id: string;
  number: number;
  source: OrderSource;
  table_name: string;
  guests: number | null;
  notes: string;
  status: CheckStatus;
  currency: string;
  tax_rate_bps: number;
  tax_included: number;
  opened_at: number;
  closed_at: number | null;
  cancelled_at: number | null;
  cancel_reason: string | null;
  cancelled_by: string | null;
  updated_at: number;
}

interface LineRow {
  id: string;
  check_id: string;
  item_id: string;
  name: string;
  unit_price: number;
  quantity: number;
  modifiers: string;
  notes: string;
}

/** A line before it is stored: everything but the computed total. */
export type NewLine = Omit<CheckLine, 'total'>;

/** A check before it is stored: what `checks.open` decides. */
export interface NewCheck {
  id: string;
  source: OrderSource;
  table: string;
  guests: number | null;
  notes: string;
  currency: string;
  taxRateBps: number;
  taxIncluded: boolean;
}

const modifiersSchema = z.array(
  z.object({
    groupId: z.string(),
    groupName: z.string(),
    optionId: z.string(),
    name: z.string(),
    price: z.number().int(),
  }),
);

/** Check numbers start here so the first check reads like a real one. */
const firstCheckNumber = 1001;

function lineOf(row: LineRow): CheckLine {
  // The modifiers snapshot is JSON: re-validated on the way back in.
  const modifiers: CheckLineModifier[] = modifiersSchema.parse(JSON.parse(row.modifiers));
  const each = row.unit_price + modifiers.reduce((sum, m) => sum + m.price, 0);
  return {
    id: row.id,
    itemId: row.item_id,
    name: row.name,
    unitPrice: row.unit_price,
    quantity: row.quantity,
    modifiers,
    notes: row.notes,
    total: each * row.quantity,
  };
}

function checkOf(row: CheckRow, lines: CheckLine[]): Check {
  const subtotal = lines.reduce((sum, line) => sum + line.total, 0);
  return {
    id: row.id,
    number: row.number,
    source: row.source,
    table: row.table_name,
    guests: row.guests,
    notes: row.notes,
    status: row.status,
    currency: row.currency,
    taxRateBps: row.tax_rate_bps,
    taxIncluded: row.tax_included === 1,
    lines,
    ...totalsOf(subtotal, row.tax_rate_bps, row.tax_included === 1),
    openedAt: isoOf(row.opened_at),
    closedAt: isoOrNull(row.closed_at),
    cancelledAt: isoOrNull(row.cancelled_at),
    cancelReason: row.cancel_reason,
    cancelledBy: row.cancelled_by,
    updatedAt: isoOf(row.updated_at),
  };
}

/** One status's checks, newest first (`columns` of them). */
const newestChecks = (columns: string, limit: number): string =>
  `SELECT ${columns} FROM checks WHERE status = ? ORDER BY opened_at DESC, number DESC ${limitSql(limit)}`;

function statementsFor(db: DatabaseSync) {
  return {
    check: db.prepare('SELECT * FROM checks WHERE id = ?'),
    lines: db.prepare('SELECT * FROM check_lines WHERE check_id = ? ORDER BY position'),
    // The last number is also kept in meta, so a sample-data reset (which empties
    // checks) never hands partners a check number they have already seen.
    nextNumber: db.prepare(`SELECT MAX(
        COALESCE((SELECT MAX(number) FROM checks), 0),
        COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_check_number'), 0),
        ${firstCheckNumber - 1}) + 1 AS number`),
    rememberNumber: db.prepare(`INSERT INTO meta (key, value) VALUES ('last_check_number', ?)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`),
    insert:
      db.prepare(`INSERT INTO checks (id, number, source, table_name, guests, notes, status, currency, tax_rate_bps,
      tax_included, opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)`),
    insertLine:
      db.prepare(`INSERT INTO check_lines (id, check_id, position, item_id, name, unit_price, quantity, modifiers, notes)
      VALUES (?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM check_lines WHERE check_id = ?), ?, ?, ?, ?, ?, ?)`),
    deleteLine: db.prepare('DELETE FROM check_lines WHERE id = ? AND check_id = ?'),
    setTable: db.prepare('UPDATE checks SET table_name = ?, updated_at = ? WHERE id = ?'),
    touch: db.prepare('UPDATE checks SET updated_at = ? WHERE id = ?'),
    close: db.prepare(`UPDATE checks SET status = 'closed', closed_at = ?, updated_at = ? WHERE id = ?`),
    cancel: db.prepare(`UPDATE checks SET status = 'cancelled', cancelled_at = ?, cancel_reason = ?, cancelled_by = ?,
      updated_at = ? WHERE id = ?`),
  };
}

/** Reads and writes checks and their lines; callers hold the transaction. Totals are computed on read. */
export class CheckRepository {
  private readonly s: ReturnType<typeof statementsFor>;
  /** The list queries, one statement per limit (see `limitSql`). */
  private readonly lists: StatementCache;

  constructor(db: DatabaseSync) {
    this.s = statementsFor(db);
    this.lists = new StatementCache(db);
  }

  find(id: string): Check | null {
    const row = this.s.check.get(id) as CheckRow | undefined;
    if (!row) return null;
    return checkOf(row, (this.s.lines.all(id) as unknown as LineRow[]).map(lineOf));
  }

  /** Checks in one status, newest first, with their lines (two queries). */
  list(status: CheckStatus, limit: number): Check[] {
    const rows = this.lists.get(newestChecks('*', limit)).all(status) as unknown as CheckRow[];
    const linesByCheck = new Map<string, CheckLine[]>();
    const lines = `SELECT l.* FROM check_lines l WHERE l.check_id IN (${newestChecks('id', limit)}) ORDER BY l.position`;
    for (const row of this.lists.get(lines).all(status) as unknown as LineRow[]) {
      const list = linesByCheck.get(row.check_id) ?? [];
      list.push(lineOf(row));
      linesByCheck.set(row.check_id, list);
    }
    return rows.map((row) => checkOf(row, linesByCheck.get(row.id) ?? []));
  }

  /** Inserts an open check with the next number. */
  insert(check: NewCheck, now: number): void {
    const { number } = this.s.nextNumber.get() as { number: number };
    this.s.rememberNumber.run(String(number));
    this.s.insert.run(
      check.id,
      number,
      check.source,
      check.table,
      check.guests,
      check.notes,
      check.currency,
      check.taxRateBps,
      check.taxIncluded ? 1 : 0,
      now,
      now,
    );
  }

  insertLine(checkId: string, line: NewLine, now: number): void {
    this.s.insertLine.run(
      line.id,
      checkId,
      checkId,
      line.itemId,
      line.name,
      line.unitPrice,
      line.quantity,
      JSON.stringify(line.modifiers),
      line.notes,
    );
    this.s.touch.run(now, checkId);
  }

  deleteLine(checkId: string, lineId: string, now: number): void {
    this.s.deleteLine.run(lineId, checkId);
    this.s.touch.run(now, checkId);
  }

  setTable(checkId: string, table: string, now: number): void {
    this.s.setTable.run(table, now, checkId);
  }

  close(checkId: string, now: number): void {
    this.s.close.run(now, now, checkId);
  }

  cancel(checkId: string, reason: string, by: string, now: number): void {
    this.s.cancel.run(now, reason, by, now, checkId);
  }
}
