import { describe, expect, it } from 'vitest';
import type { HealthWindow } from '../../../../../shared/domain/deliveries';
import type { DestinationSeries, HealthBucket } from '../../../../../shared/domain/health-series';
import { toPlotData } from '../../../../../renderer/src/features/health/health-plot-data';
import { healthSummary, percent, windowLine } from '../../../../../renderer/src/features/health/health-words';
import { partnerEditPath, undeliveredToPartner } from '../../../../../renderer/src/features/failing/fix-paths';
import { filterFromParams } from '../../../../../renderer/src/features/deliveries/filter-params';

const hour = 3_600_000;
const empty = { deliveries: 0, delivered: 0, undelivered: 0, successRate: null, attempts: 0, p50Ms: null, p95Ms: null };
const bucket = (start: string, values: Partial<HealthBucket> = {}): HealthBucket => ({ start, ...empty, ...values });

describe('health chart data', () => {
  it('puts each bucket at its middle, in seconds, with rates in percent and empty buckets as gaps', () => {
    const series: DestinationSeries = {
      id: 'partner:p1',
      name: 'Acme Delivery',
      buckets: [
        bucket('2026-11-22T10:00:00.000Z', {
          deliveries: 3,
          delivered: 2,
          undelivered: 1,
          successRate: 2 / 3,
          attempts: 5,
          p50Ms: 12,
          p95Ms: 40,
        }),
        bucket('2026-11-22T11:00:00.000Z'),
        bucket('2026-11-22T12:00:00.000Z', { deliveries: 1, undelivered: 1, successRate: 0, attempts: 1 }),
      ],
    };
    const [x, rate, p50, p95] = toPlotData(series, hour);
    expect(x).toEqual([
      Date.parse('2026-11-22T10:30:00.000Z') / 1000,
      Date.parse('2026-11-22T11:30:00.000Z') / 1000,
      Date.parse('2026-11-22T12:30:00.000Z') / 1000,
    ]);
    expect(rate).toEqual([66.7, null, 0]);
    expect(p50).toEqual([12, null, null]);
    expect(p95).toEqual([40, null, null]);
  });

  it('draws nothing, rather than failing, before the series has loaded', () => {
    expect(toPlotData(undefined, hour)).toEqual([[], [], [], []]);
  });
});

describe('health summary (the chart’s accessible name)', () => {
  const window = (values: Partial<HealthWindow>): HealthWindow => ({ ...empty, ...values });

  it('says the share delivered and the latencies over the range', () => {
    expect(
      healthSummary(
        'Acme Delivery',
        '24h',
        window({ deliveries: 200, delivered: 197, successRate: 0.985, attempts: 260, p50Ms: 12, p95Ms: 40 }),
      ),
    ).toBe('Acme Delivery: 98.5% delivered in the last 24 hours, typical answer 12 ms (p50), slowest 5% 40 ms (p95)');
    expect(healthSummary('Acme Delivery', '7d', window({ deliveries: 2, successRate: 0, attempts: 4 }))).toBe(
      'Acme Delivery: 0% delivered in the last 7 days',
    );
  });

  it('says when there was nothing to deliver', () => {
    expect(healthSummary('Loyalty Plus', '7d', window({}))).toBe('Loyalty Plus: no deliveries in the last 7 days');
    expect(healthSummary('Loyalty Plus', '24h', undefined)).toBe('Loyalty Plus: no deliveries in the last 24 hours');
  });

  it('says nothing was delivered when only retries of older webhooks were sent', () => {
    // Attempts and their latencies, but no webhook made in the range: no share to speak of.
    expect(healthSummary('Loyalty Plus', '24h', window({ attempts: 3, p50Ms: 20, p95Ms: 20 }))).toBe(
      'Loyalty Plus: no deliveries in the last 24 hours',
    );
  });

  it('rounds to one decimal', () => {
    expect([percent(1), percent(0.9999), percent(0.5), percent(2 / 3)]).toEqual(['100%', '100%', '50%', '66.7%']);
  });
});

describe('a health window as a line (Partners and Order Webhooks pages)', () => {
  const window = (values: Partial<HealthWindow>): HealthWindow => ({ ...empty, ...values });

  it('counts webhooks, not the tries it took to deliver them', () => {
    expect(
      windowLine('24 h', window({ deliveries: 10, delivered: 10, successRate: 1, attempts: 30, p50Ms: 12, p95Ms: 40 })),
    ).toBe('24 h: 100% of 10 webhooks delivered · typical answer 12 ms (p50) · slowest 5% 40 ms (p95)');
    expect(windowLine('7 days', window({ deliveries: 1, successRate: 0, attempts: 6 }))).toBe(
      '7 days: 0% of 1 webhook delivered',
    );
    expect(windowLine('24 h', window({ attempts: 2 }))).toBe('24 h: no deliveries');
  });
});

describe('fix links', () => {
  it('lead to the partner’s form and to its undelivered deliveries in the log’s own filter format', () => {
    expect(partnerEditPath('p 1')).toBe('/hub/partners?edit=p%201');
    const [path, query] = undeliveredToPartner('p1').split('?');
    expect(path).toBe('/deliveries');
    expect(filterFromParams(new URLSearchParams(query))).toEqual({
      states: ['failed', 'retrying'],
      destinationIds: ['partner:p1'],
    });
  });
});
