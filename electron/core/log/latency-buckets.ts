/**
 * Partner health is read from an hourly rollup of attempts (`attempt_rollup`):
 * per destination and hour, how many attempts failed and how many were
 * delivered in each latency bucket. Percentiles over any window are then a walk
 * over at most a few hundred counts instead of a sort of every attempt — a busy
 * week is 100,000 attempts, and sorting them on the thread that answers the UI
 * took half a second per refresh.
 *
 * Buckets: one per millisecond below 100 ms (where most webhooks answer, so
 * those percentiles are exact), then each about 5 % wider than the last
 * (a percentile shown within 3 %) up to ten minutes. Failed attempts count in bucket −1.
 */

export const hourMs = 3_600_000;
export const failedBucket = -1;
const exactBelowMs = 100;
const growth = 1.05;
const longestMs = 600_000;

/** Integer lower bounds (ms) of the log-scale buckets; bucket `exactBelowMs + i` starts at `logBounds[i]`. */
const logBounds: readonly number[] = (() => {
  const bounds: number[] = [];
  for (let value = exactBelowMs; value < longestMs; value *= growth) {
    const lower = Math.ceil(value);
    if (bounds.at(-1) !== lower) bounds.push(lower);
  }
  return bounds;
})();

export const hourOf = (ms: number): number => Math.floor(ms / hourMs);

/** The bucket of a delivered attempt's latency. */
export function latencyBucket(latencyMs: number): number {
  const ms = Math.max(0, Math.round(latencyMs));
  if (ms < exactBelowMs) return ms;
  // The last bound at or below `ms` (binary search over ~180 bounds).
  let low = 0;
  let high = logBounds.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((logBounds[middle] ?? Infinity) <= ms) low = middle;
    else high = middle - 1;
  }
  return exactBelowMs + low;
}

/** The latency a bucket stands for: itself below 100 ms, else the middle of its range. */
export function bucketLatencyMs(bucket: number): number {
  if (bucket < exactBelowMs) return bucket;
  const index = bucket - exactBelowMs;
  const lower = logBounds[index] ?? longestMs;
  const upper = logBounds[index + 1] ?? Math.ceil(lower * growth);
  return Math.round((lower + upper - 1) / 2);
}

/**
 * The latency at percentile `p` (nearest rank, as `ORDER BY latency LIMIT 1
 * OFFSET floor(p × n)` would find) of `delivered` attempts, from their
 * bucket counts in ascending bucket order.
 */
export function percentileMs(
  counts: readonly { bucket: number; count: number }[],
  delivered: number,
  p: number,
): number | null {
  if (delivered === 0) return null;
  const rank = Math.min(delivered - 1, Math.floor(p * delivered));
  let seen = 0;
  for (const { bucket, count } of counts) {
    if (bucket === failedBucket) continue;
    seen += count;
    if (seen > rank) return bucketLatencyMs(bucket);
  }
  return null;
}

/** The same bucket in SQL, for rebuilding the rollup from the attempts (no math functions needed). */
const bucketSql = (column: string): string =>
  `CASE WHEN a.outcome <> 'delivered' OR ${column} IS NULL THEN ${failedBucket}
        WHEN ${column} < ${exactBelowMs} THEN max(${column}, 0)
        ELSE ${exactBelowMs - 1} + (SELECT count(*) FROM latency_bounds WHERE lower <= ${column}) END`;

/** Recounts the whole rollup from the attempts: the schema migration, and tests that write attempts directly. */
export const rebuildAttemptRollupSql = `
  DELETE FROM attempt_rollup;
  WITH latency_bounds(lower) AS (VALUES ${logBounds.map((bound) => `(${bound})`).join(', ')})
  INSERT INTO attempt_rollup (destination_id, hour, latency_bucket, count)
  SELECT d.destination_id, a.started_at / ${hourMs}, ${bucketSql('a.latency_ms')}, COUNT(*)
  FROM attempts a JOIN deliveries d ON d.id = a.delivery_id
  GROUP BY 1, 2, 3;`;
