import type { SQLInputValue } from 'node:sqlite';
import type { DeliveryFilter, DeliveryState } from '../../../shared/domain/deliveries';

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
 * The state the log shows for a row (over `deliveries d`): `held` is not stored
 * (#14) — a held partner's webhooks wait as `paused` on disk, like a disabled
 * one's, so releasing needs no rewrite of the backlog and the queue's ordering
 * and supersession rules apply unchanged. `onHold`: the held partners' ids.
 */
export function shownStateSql(onHold: readonly string[]): SqlFragment {
  if (onHold.length === 0) return { sql: 'd.state', params: [] };
  return {
    sql: `CASE WHEN d.state = 'paused' AND d.destination_id IN (SELECT value FROM json_each(?)) THEN 'held' ELSE d.state END`,
    params: [JSON.stringify(onHold)],
  };
}

/** The states clause: stored states as they are, `paused` and `held` told apart by the destination. */
function statesSql(states: readonly DeliveryState[], onHold: readonly string[]): SqlFragment {
  const split = onHold.length > 0 && (states.includes('paused') || states.includes('held'));
  const stored = states.filter((state) => state !== 'held' && (!split || state !== 'paused'));
  const parts: string[] = [];
  const params: SQLInputValue[] = [];
  if (stored.length > 0) {
    parts.push(stored.length === 1 ? 'd.state = ?' : `d.state IN (${stored.map(() => '?').join(', ')})`);
    params.push(...stored);
  }
  if (split) {
    const heldIds = `d.destination_id IN (SELECT value FROM json_each(?))`;
    if (states.includes('paused')) parts.push(`(d.state = 'paused' AND NOT ${heldIds})`);
    if (states.includes('held')) parts.push(`(d.state = 'paused' AND ${heldIds})`);
    params.push(...parts.slice(stored.length > 0 ? 1 : 0).map(() => JSON.stringify(onHold)));
  }
  // Only Held chosen, and no partner is held: nothing matches.
  if (parts.length === 0) return { sql: '0', params: [] };
  return { sql: parts.length === 1 ? (parts[0] ?? '0') : `(${parts.join(' OR ')})`, params };
}

/**
 * The WHERE clause (over `deliveries d`) for a log filter; every value is a bound
 * parameter. `onHold` tells Held from Paused (see `shownStateSql`).
 */
export function filterSql(filter: DeliveryFilter, onHold: readonly string[] = []): SqlFragment {
  const clauses: string[] = [];
  const params: SQLInputValue[] = [];
  if (filter.states?.length) {
    const states = statesSql(filter.states, onHold);
    clauses.push(states.sql);
    params.push(...states.params);
  }
  // One placeholder per value (not a JSON list): SQLite's planner sees an
  // equality or IN on the column and walks that column's (value, id) index.
  const oneOf = (column: string, values: readonly string[] | undefined): void => {
    if (!values?.length) return;
    clauses.push(values.length === 1 ? `${column} = ?` : `${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
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
