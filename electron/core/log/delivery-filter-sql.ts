import type { SQLInputValue } from 'node:sqlite';
import type { DeliveryFilter } from '../../../shared/domain/deliveries';

export interface SqlFragment {
  sql: string;
  params: SQLInputValue[];
}

const eventIdPattern = /^evt_[0-9a-f]{32}$/i;

/**
 * Turns what the operator typed into an FTS5 query that cannot be a syntax
 * error: every word quoted, the last one a prefix ("marg" finds Margherita).
 * `#1042` searches 1042.
 */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((word, i) => `"${word}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** The WHERE clause (over `deliveries d`) for a log filter; every value is a bound parameter. */
export function filterSql(filter: DeliveryFilter): SqlFragment {
  const clauses: string[] = [];
  const params: SQLInputValue[] = [];
  // One placeholder per value (not a JSON list): SQLite's planner sees an
  // equality or IN on the column and walks that column's (value, id) index.
  const oneOf = (column: string, values: readonly string[] | undefined): void => {
    if (!values?.length) return;
    clauses.push(values.length === 1 ? `${column} = ?` : `${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  oneOf('d.state', filter.states);
  oneOf('d.event_type', filter.eventTypes);
  oneOf('d.destination_id', filter.destinationIds);
  if (filter.from) {
    clauses.push('d.created_at >= ?');
    params.push(Date.parse(filter.from));
  }
  if (filter.to) {
    clauses.push('d.created_at < ?');
    params.push(Date.parse(filter.to));
  }
  const text = filter.text?.trim();
  if (text) {
    if (eventIdPattern.test(text)) {
      clauses.push('d.event_seq = (SELECT seq FROM events WHERE id = ?)');
      params.push(text.toLowerCase());
    } else {
      const query = ftsQuery(text);
      // Nothing searchable (only punctuation): match nothing rather than everything.
      clauses.push(query ? 'd.event_seq IN (SELECT rowid FROM event_search WHERE event_search MATCH ?)' : '0');
      if (query) params.push(query);
    }
  }
  return { sql: clauses.length ? clauses.join(' AND ') : '1', params };
}
