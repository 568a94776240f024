/**
 * The first schema: the outbox (events), one delivery per event × destination,
 * every attempt, and per-destination health. Times are epoch milliseconds.
 * Indexes are the ones the engine's claim query and the log's filters use.
 */
export const schemaV1 = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  resource_type TEXT NOT NULL,
  resource_id TEXT NOT NULL,
  resource_sequence INTEGER NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  body TEXT
) STRICT;

-- Retention walks only payloads not yet pruned, oldest first.
CREATE INDEX events_unpruned ON events (created_at) WHERE body IS NOT NULL;

CREATE TABLE resource_sequences (
  resource_type TEXT NOT NULL,
  resource_id TEXT NOT NULL,
  last_sequence INTEGER NOT NULL,
  PRIMARY KEY (resource_type, resource_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY,
  event_seq INTEGER NOT NULL REFERENCES events(seq),
  event_type TEXT NOT NULL,
  destination_id TEXT NOT NULL,
  destination_name TEXT NOT NULL,
  resource_key TEXT NOT NULL,
  supersedable INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'delivered', 'retrying', 'failed', 'superseded', 'paused')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- 1 while an operator's resend is queued: one attempt, no automatic retries after it.
  manual INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER,
  last_status INTEGER,
  last_reason TEXT,
  last_latency_ms INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  finished_at INTEGER
) STRICT;

CREATE INDEX deliveries_due ON deliveries (next_attempt_at, id) WHERE state IN ('pending', 'retrying');
CREATE INDEX deliveries_fifo ON deliveries (destination_id, resource_key, id)
  WHERE state IN ('pending', 'retrying', 'sending', 'paused');
-- The log: each filter column with id (newest-first pages walk it in order)
-- and state (counts by state read only the index).
CREATE INDEX deliveries_by_state ON deliveries (state, id);
CREATE INDEX deliveries_by_type ON deliveries (event_type, id, state);
CREATE INDEX deliveries_by_destination ON deliveries (destination_id, id, state);
CREATE INDEX deliveries_by_created ON deliveries (created_at, id, state);
CREATE INDEX deliveries_by_event ON deliveries (event_seq);

CREATE TABLE attempts (
  id INTEGER PRIMARY KEY,
  delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
  started_at INTEGER NOT NULL,
  url TEXT NOT NULL,
  request_headers TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'failed', 'offline')),
  status INTEGER,
  latency_ms INTEGER,
  response_excerpt TEXT,
  failure TEXT,
  reason TEXT,
  manual INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX attempts_by_delivery ON attempts (delivery_id, id);

CREATE TABLE destination_health (
  destination_id TEXT PRIMARY KEY,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  failing_since INTEGER,
  last_reason TEXT,
  last_success_at INTEGER,
  paused_at INTEGER,
  paused_reason TEXT
) STRICT, WITHOUT ROWID;

-- Free-text search over what the operator remembers (check number, item name).
-- Contentless: the text lives in events.summary; the index only maps words to rows.
CREATE VIRTUAL TABLE event_search USING fts5 (summary, content = '', contentless_delete = 1);
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_search (rowid, summary) VALUES (new.seq, new.summary);
END;
`;
