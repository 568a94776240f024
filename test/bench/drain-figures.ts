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
  const always = (): boolean => true;
  const atLeastAThird = (m: number): boolean => m >= 0.33;
  const raw = rounds.map((r) => r.raw);
  line(
    'raw_http_request_per_s',
    'req/s',
    raw.map((r) => r.perSecond),
    'baseline',
    always,
  );
  line(
    'raw_client_cpu_us_per_request',
    'µs',
    raw.map((r) => r.cpuUsPerRequest),
    'baseline',
    always,
  );
  for (const setting of ['full', 'normal'] as const) {
    const suffix = setting === 'full' ? '' : '_synchronous_normal';
    const each = (figure: (hub: HubFigures, round: DrainRound) => number): number[] =>
      rounds.map((round) => figure(round[setting], round));
    const figures: [string, string, number[], string, (median: number) => boolean][] = [
      ['hub_durable_deliveries_per_s', 'deliveries/s', each((h) => h.perSecond), 'n/a', always],
      ['drain_ratio_vs_raw', 'ratio', each((h, r) => h.perSecond / r.raw.perSecond), '>= 0.33', atLeastAThird],
      ['hub_cpu_us_per_delivery', 'µs', each((h) => h.cpuUsPerRequest), 'n/a', always],
      ['hub_main_thread_cpu_us_per_delivery', 'µs', each((h) => h.mainThreadCpuUsPerRequest), 'n/a', always],
      [
        'cpu_ratio_raw_per_hub',
        'ratio',
        each((h, r) => r.raw.cpuUsPerRequest / h.cpuUsPerRequest),
        '>= 0.33',
        atLeastAThird,
      ],
      ['main_thread_busy_share_during_drain', 'share', each((h) => h.busyShare), 'n/a', always],
      ['max_event_loop_delay_during_drain', 'ms', each((h) => h.maxEventLoopDelayMs), '<= 50', (m) => m <= 50],
    ];
    for (const [name, unit, values, target, pass] of figures) line(`${name}${suffix}`, unit, values, target, pass);
  }
}
