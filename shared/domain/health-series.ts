import { z } from 'zod';
import type { HealthWindow } from './deliveries';

/** The two windows the health chart shows: the last day and the last week. */
export const healthRanges = ['24h', '7d'] as const;
export type HealthRange = (typeof healthRanges)[number];

/**
 * Bucket width per range: hourly over a day, six-hourly over a week — 24 and 28
 * points, enough to see a bad evening without drawing a comb of empty hours.
 * Buckets are whole hours (UTC-aligned), the last one the current, partial one.
 */
export const healthBucketMs: Readonly<Record<HealthRange, number>> = {
  '24h': 3_600_000,
  '7d': 6 * 3_600_000,
};

export const healthRangeMs: Readonly<Record<HealthRange, number>> = {
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
};

export const healthSeriesInputSchema = z.strictObject({
  range: z.enum(healthRanges),
  /** One destination (`partner:<id>`); absent for every destination. */
  destinationId: z.string().min(1).max(80).optional(),
});

/** One time bucket of one destination's webhooks (by when each was made) and attempts (by when each was made). */
export interface HealthBucket extends HealthWindow {
  /** Start of the bucket (inclusive), ISO 8601; it lasts `bucketMs`. */
  start: string;
  /** The bucket's webhooks not delivered (yet): deliveries − delivered. */
  undelivered: number;
}

export interface DestinationSeries {
  id: string;
  name: string;
  /** Oldest first, one per bucket, empty buckets included (counts 0, rates null). */
  buckets: HealthBucket[];
}

/** Success and latency over time, per destination, for the health chart. */
export interface HealthSeries {
  range: HealthRange;
  /** From the first bucket's start to now; the same hours as `deliveries.health`, so the totals match. */
  from: string;
  to: string;
  bucketMs: number;
  destinations: DestinationSeries[];
}
