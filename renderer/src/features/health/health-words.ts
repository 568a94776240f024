import type { HealthWindow } from '../../../../shared/domain/deliveries';
import type { HealthRange } from '../../../../shared/domain/health-series';

export const rangeWords: Readonly<Record<HealthRange, string>> = {
  '24h': 'the last 24 hours',
  '7d': 'the last 7 days',
};

/** 0.985 → "98.5%": one decimal, because 99.9% and 100% mean different things to a partner. */
export function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

const webhooks = (count: number): string => `${count} ${count === 1 ? 'webhook' : 'webhooks'}`;

/**
 * Response times words first, the statistician's code after: a manager reads
 * "typical answer", a partner's engineer still finds the p50 they asked about.
 */
export const latencyWords = { p50: 'typical answer', p95: 'slowest 5%' } as const;

function latencyParts(window: HealthWindow): string[] {
  if (window.p50Ms === null) return [];
  return [
    `${latencyWords.p50} ${window.p50Ms} ms (p50)`,
    `${latencyWords.p95} ${window.p95Ms ?? window.p50Ms} ms (p95)`,
  ];
}

/**
 * What the health chart shows, in one sentence: its accessible name, since a
 * canvas has none. "Acme Delivery: 98.5% delivered in the last 24 hours, typical answer 12 ms
 * (p50), slowest 5% 40 ms (p95)" — the share of the webhooks, however many tries each took.
 */
export function healthSummary(name: string, range: HealthRange, window: HealthWindow | undefined): string {
  if (!window || window.successRate === null) return `${name}: no deliveries in ${rangeWords[range]}`;
  const parts = [`${percent(window.successRate)} delivered in ${rangeWords[range]}`, ...latencyParts(window)];
  return `${name}: ${parts.join(', ')}`;
}

/** One window as a line of text: "24 h: 98.5% of 200 webhooks delivered · typical answer 12 ms (p50) · …". */
export function windowLine(label: string, window: HealthWindow): string {
  if (window.successRate === null) return `${label}: no deliveries`;
  const parts = [`${percent(window.successRate)} of ${webhooks(window.deliveries)} delivered`, ...latencyParts(window)];
  return `${label}: ${parts.join(' · ')}`;
}
