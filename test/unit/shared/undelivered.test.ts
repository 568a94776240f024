import { describe, expect, it } from 'vitest';
import {
  deliveryStates,
  undeliveredCount,
  undeliveredFilter,
  type DeliveryCounts,
} from '../../../shared/domain/deliveries';

const counts: DeliveryCounts = {
  total: 0,
  byState: Object.fromEntries(deliveryStates.map((state, i) => [state, 10 ** i])) as DeliveryCounts['byState'],
};

describe('"undelivered": failed and retrying, one definition (#9)', () => {
  it('narrows a filter to its undelivered states, keeping everything else', () => {
    expect(undeliveredFilter({ text: '1042' })).toEqual({ text: '1042', states: ['failed', 'retrying'] });
    expect(undeliveredFilter({ states: ['retrying', 'delivered'] })).toEqual({ states: ['retrying'] });
    expect(undeliveredFilter({ states: [] })).toEqual({ states: ['failed', 'retrying'] });
    // Only delivered chosen: nothing undelivered can match, and it must not mean "everything".
    expect(undeliveredFilter({ states: ['delivered', 'paused'] })).toBeNull();
  });

  it('counts the same states from the chips', () => {
    const { failed, retrying } = counts.byState;
    expect(undeliveredCount(counts)).toBe(failed + retrying);
    expect(undeliveredCount(counts, ['failed', 'pending'])).toBe(failed);
    expect(undeliveredCount(counts, ['delivered'])).toBe(0);
  });
});
