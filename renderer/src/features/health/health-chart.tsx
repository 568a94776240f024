import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { HealthWindow } from '../../../../shared/domain/deliveries';
import type { DestinationSeries, HealthRange } from '../../../../shared/domain/health-series';
import { useStoreClock } from '../../time/use-store-clock';
import { readChartColors, useColorScheme } from './chart-theme';
import { healthChartOptions } from './health-chart-options';
import { toPlotData, type HealthPlotData } from './health-plot-data';
import { healthSummary, rangeWords } from './health-words';
import './health-chart.css';

interface HealthChartProps {
  name: string;
  range: HealthRange;
  /** The range's totals (from `deliveries.health`), for the chart's accessible name. */
  window: HealthWindow | undefined;
  series: DestinationSeries | undefined;
  bucketMs: number;
}

/**
 * Success rate and p50/p95 latency over time for one destination, drawn by
 * uPlot on a canvas. The canvas says nothing to a screen reader, so the figure
 * is an image named by the same summary the figures beside it give.
 */
export function HealthChart({ name, range, window, series, bucketMs }: HealthChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const data = useMemo(() => toPlotData(series, bucketMs), [series, bucketMs]);
  const latest = useRef<HealthPlotData>(data);
  const scheme = useColorScheme();
  const clock = useStoreClock();
  const empty = !series || series.buckets.every((bucket) => bucket.deliveries === 0 && bucket.attempts === 0);

  // Created once per theme and store zone (both are baked into the options); data changes only redraw.
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const options = healthChartOptions(readChartColors(element), element.clientWidth, clock);
    const chart = new uPlot(options, latest.current, element);
    plot.current = chart;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth > 0) chart.setSize({ width: element.clientWidth, height: chart.height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [scheme, clock]);

  useEffect(() => {
    latest.current = data;
    plot.current?.setData(data);
  }, [data]);

  return (
    <figure className="health-chart" role="img" aria-label={healthSummary(name, range, window)}>
      <div className="health-chart-plot">
        <div ref={host} className="health-chart-canvas" />
        {/* Axes with nothing on them look broken; say why they are empty. */}
        {empty ? <p className="health-chart-empty">No deliveries in {rangeWords[range]}</p> : null}
      </div>
      <figcaption className="health-chart-legend" aria-hidden="true">
        <span className="legend-key legend-rate">Delivered (%)</span>
        <span className="legend-key legend-p50">Typical answer, ms (p50)</span>
        <span className="legend-key legend-p95">Slowest 5%, ms (p95)</span>
        {clock.showsZone ? <span>Times: {clock.zoneLabel}</span> : null}
      </figcaption>
    </figure>
  );
}
