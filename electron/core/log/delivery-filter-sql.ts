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

/**
 * The WHERE clause (over `deliveries d`) for a log filter. Every value is a
 * bound parameter; lists travel as one JSON parameter each.
 */
export function filterSql(filter: DeliveryFilter): SqlFragment {
  const clauses: string[] = [];
  const params: SQLInputValue[] = [];
  if (filter.states?.length) {
    clauses.push('d.state IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.states));
  }
  if (filter.eventTypes?.length) {
    clauses.push('d.event_type IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.eventTypes));
  }
  if (filter.destinationIds?.length) {
    clauses.push('d.destination_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.destinationIds));
  }
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
