import type { DestinationSeries } from '../../../../shared/domain/health-series';

/** uPlot's column layout: x in seconds, then the share of webhooks delivered (%), p50 (ms), p95 (ms). */
export type HealthPlotData = [x: number[], rate: (number | null)[], p50: (number | null)[], p95: (number | null)[]];

/**
 * Each bucket is drawn at its middle, so the last point (the hour now ending)
 * sits inside the chart rather than on its edge. Empty buckets are gaps, not
 * zeros: no deliveries is not the same as none delivered.
 */
export function toPlotData(series: DestinationSeries | undefined, bucketMs: number): HealthPlotData {
  const buckets = series?.buckets ?? [];
  return [
    buckets.map((b) => (Date.parse(b.start) + bucketMs / 2) / 1000),
    buckets.map((b) => (b.successRate === null ? null : Math.round(b.successRate * 1000) / 10)),
    buckets.map((b) => b.p50Ms),
    buckets.map((b) => b.p95Ms),
  ];
}
