import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * Prepared statements by their SQL text, so a query whose text varies (a limit,
 * a filter's shape) is compiled once per variant and then reused. Bounded: the
 * least recently used statement is dropped past `capacity`.
 */
export class StatementCache {
  private readonly statements = new Map<string, StatementSync>();

  constructor(
    private readonly db: DatabaseSync,
    private readonly capacity = 64,
  ) {}

  get(sql: string): StatementSync {
    const cached = this.statements.get(sql);
    if (cached) {
      // Most recently used last: a Map iterates in insertion order.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const statement = this.db.prepare(sql);
    this.statements.set(sql, statement);
    if (this.statements.size > this.capacity) {
      const oldest = this.statements.keys().next().value;
      if (oldest !== undefined) this.statements.delete(oldest);
    }
    return statement;
  }
}

/**
 * `LIMIT n` written into the SQL text. A bound `LIMIT ?` looks harmless but
 * SQLite reads the bound limit while planning, so binding it marks the
 * statement expired and every run recompiles it (`sqlite3Reprepare`): on the
 * claim query that was most of its cost. Only integers reach the SQL.
 */
export function limitSql(limit: number): string {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`not a row limit: ${limit}`);
  return `LIMIT ${limit}`;
}
