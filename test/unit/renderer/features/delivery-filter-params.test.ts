import { describe, expect, it } from 'vitest';
import type { DeliveryFilter } from '../../../../shared/domain/deliveries';
import {
  deliveryLogPath,
  filterFromParams,
  paramsFromFilter,
  selectedFromParams,
} from '../../../../renderer/src/features/deliveries/filter-params';

describe('the Deliveries filter in the route', () => {
  it('survives a round trip through the URL', () => {
    const filter: DeliveryFilter = {
      states: ['failed', 'retrying'],
      eventTypes: ['order.created'],
      destinationIds: ['partner:abc'],
      from: '2026-11-20T00:00:00.000Z',
      to: '2026-11-22T00:00:00.000Z',
      text: 'Check #1042',
    };
    const params = paramsFromFilter(filter);
    expect(params.toString()).toContain('state=failed%2Cretrying');
    expect(filterFromParams(new URLSearchParams(params.toString()))).toEqual(filter);
  });

  it('drops what it cannot read and keeps the rest of the filter', () => {
    const params = new URLSearchParams('state=failed,bogus&type=nope&from=yesterday&text=%20margherita%20');
    expect(filterFromParams(params)).toEqual({ states: ['failed'], text: 'margherita' });
  });

  it('reads an empty or missing query as no filter', () => {
    expect(filterFromParams(new URLSearchParams(''))).toEqual({});
    expect(filterFromParams(new URLSearchParams('state=&text=%20'))).toEqual({});
    expect(paramsFromFilter({}).toString()).toBe('');
  });

  it('names the open delivery apart from the filter, so a link can open one', () => {
    const params = new URLSearchParams(deliveryLogPath(42).split('?')[1]);
    expect(selectedFromParams(params)).toBe(42);
    expect(filterFromParams(params)).toEqual({});
    expect(selectedFromParams(new URLSearchParams('delivery=0'))).toBeNull();
    expect(selectedFromParams(new URLSearchParams('delivery=abc'))).toBeNull();
    expect(selectedFromParams(new URLSearchParams(''))).toBeNull();
  });
});
