import type { DrainRound, HubFigures } from './drain-bench';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const rounded = (value: number, digits = 3): number => Number(value.toFixed(digits));

/** One line: a figure's median over the rounds, and each round's value. */
function line(name: string, unit: string, values: number[], target: string, pass: (median: number) => boolean): void {
  const value = median(values);
  process.stdout.write(
    `${JSON.stringify({ name, value: rounded(value), unit, target, pass: pass(value), rounds: values.map((v) => rounded(v)) })}\n`,
  );
}

/**
 * Prints the drain's figures, one JSON line each: the throughput ratio to raw
 * http.request (a), the CPU per delivery against raw CPU per request (a′), the
 * main thread's busy share and worst delay, and the same with synchronous=NORMAL (a″).
 */
export function reportDrain(rounds: readonly DrainRound[]): void {
  const raw = rounds.map((r) => r.raw);
  line(
    'raw_http_request_per_s',
    'req/s',
    raw.map((r) => r.perSecond),
    'baseline',
    () => true,
  );
  line(
    'raw_client_cpu_us_per_request',
    'µs',
    raw.map((r) => r.cpuUsPerRequest),
    'baseline',
    () => true,
  );
  for (const setting of ['full', 'normal'] as const) {
    const hub: HubFigures[] = rounds.map((r) => r[setting]);
    const suffix = setting === 'full' ? '' : '_synchronous_normal';
    line(
      `hub_durable_deliveries_per_s${suffix}`,
      'deliveries/s',
      hub.map((h) => h.perSecond),
      'n/a',
      () => true,
    );
    line(
      `drain_ratio_vs_raw${suffix}`,
      'ratio',
      rounds.map((r) => r[setting].perSecond / r.raw.perSecond),
      '>= 0.33',
      (m) => m >= 0.33,
    );
    line(
      `hub_cpu_us_per_delivery${suffix}`,
      'µs',
      hub.map((h) => h.cpuUsPerRequest),
      'n/a',
      () => true,
    );
    line(
      `cpu_ratio_raw_per_hub${suffix}`,
      'ratio',
      rounds.map((r) => r.raw.cpuUsPerRequest / r[setting].cpuUsPerRequest),
      '>= 0.33',
      (m) => m >= 0.33,
    );
    line(
      `main_thread_busy_share_during_drain${suffix}`,
      'share',
      hub.map((h) => h.busyShare),
      'n/a',
      () => true,
    );
    line(
      `max_event_loop_delay_during_drain${suffix}`,
      'ms',
      hub.map((h) => h.maxEventLoopDelayMs),
      '<= 50',
      (m) => m <= 50,
    );
  }
}
