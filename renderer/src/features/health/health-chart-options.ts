import uPlot from 'uplot';
import type { StoreClock } from '../../time/store-clock';
import type { ChartColors } from './chart-theme';

export const chartHeight = 170;

const rateSplits = [0, 25, 50, 75, 100];

/**
 * Success rate on a fixed 0–100 % left axis (a dip from 100 to 95 should look
 * small, because it is), latency in ms on the right. Points are drawn because
 * with hourly buckets a lone busy hour between quiet ones has no line to join.
 * The time axis is in store time: ticks fall on the store's hours and midnights
 * (`tzDate`), labelled in the user's locale like every other time.
 */
export function healthChartOptions(colors: ChartColors, width: number, clock: StoreClock): uPlot.Options {
  const axis = (extra: Partial<uPlot.Axis>): uPlot.Axis => ({
    stroke: colors.axis,
    font: colors.font,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { stroke: colors.grid, width: 1, size: 4 },
    ...extra,
  });
  return {
    width,
    height: chartHeight,
    legend: { show: false },
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), clock.zone),
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: true },
      rate: { range: () => [0, 104] },
      ms: { range: (_u, _min, max) => [0, max > 0 ? Math.ceil(max * 1.15) : 100] },
    },
    axes: [
      axis({
        space: 60,
        values: (_u, splits) =>
          splits.map((s) => (clock.isMidnight(s * 1000) ? clock.day(s * 1000) : clock.clock(s * 1000))),
      }),
      axis({ scale: 'rate', splits: () => rateSplits, values: (_u, splits) => splits.map((v) => `${v}%`), size: 44 }),
      axis({
        scale: 'ms',
        side: 1,
        grid: { show: false },
        space: 24,
        values: (_u, splits) => splits.map((v) => `${v} ms`),
        size: 60,
      }),
    ],
    series: [
      {},
      {
        label: 'Delivered',
        scale: 'rate',
        stroke: colors.rate,
        width: 2,
        points: { show: true, size: 5, fill: colors.rate },
      },
      {
        label: 'Typical answer (p50)',
        scale: 'ms',
        stroke: colors.p50,
        width: 1.5,
        points: { show: true, size: 4, fill: colors.p50 },
      },
      {
        label: 'p95',
        scale: 'ms',
        stroke: colors.p95,
        width: 1.5,
        dash: [5, 4],
        points: { show: true, size: 4, fill: colors.p95 },
      },
    ],
  };
}
