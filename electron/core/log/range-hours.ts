import { healthBucketMs, healthRangeMs, type HealthRange } from '../../../shared/domain/health-series';
import { hourMs, hourOf } from './latency-buckets';

/**
 * The hours a health range covers, in whole buckets (1 h over a day, 6 h over a
 * week, aligned to UTC), the last one being the current, partial one — so the
 * chart's buckets and the figures beside it count exactly the same webhooks and attempts.
 */
export function rangeHours(
  range: HealthRange,
  now: number,
): { hoursPer: number; firstPeriod: number; lastPeriod: number; fromHour: number; toHour: number } {
  const hoursPer = healthBucketMs[range] / hourMs;
  const periods = Math.round(healthRangeMs[range] / healthBucketMs[range]);
  const toHour = hourOf(now);
  const lastPeriod = Math.floor(toHour / hoursPer);
  const firstPeriod = lastPeriod - periods + 1;
  return { hoursPer, firstPeriod, lastPeriod, fromHour: firstPeriod * hoursPer, toHour };
}
