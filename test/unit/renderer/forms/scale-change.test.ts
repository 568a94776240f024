import { describe, expect, it } from 'vitest';
import { describeScaleChange, scaleChange } from '../../../../renderer/src/forms/scale-change';

describe('a price that changes scale', () => {
  it('is 10 times the old or more, a tenth or less, or zero — boundaries included', () => {
    expect(scaleChange(1100, 110_000)).toEqual({ kind: 'up', factor: 100 });
    expect(scaleChange(1100, 11_000)).toEqual({ kind: 'up', factor: 10 });
    expect(scaleChange(1100, 10_999)).toBeNull();
    expect(scaleChange(1100, 110)).toEqual({ kind: 'down', factor: 10 });
    expect(scaleChange(1100, 111)).toBeNull();
    expect(scaleChange(1050, 11)).toMatchObject({ kind: 'down' });
    expect(scaleChange(1100, 0)).toEqual({ kind: 'to-zero' });
    expect(scaleChange(0, 250)).toEqual({ kind: 'from-zero' });
    expect(scaleChange(0, 0)).toBeNull();
    expect(scaleChange(1100, 1150)).toBeNull();
  });

  it('is described in words a manager reads at a glance', () => {
    expect(describeScaleChange({ kind: 'up', factor: 100 })).toBe('100 times the current price');
    expect(describeScaleChange({ kind: 'up', factor: 1100 / 10.5 })).toBe('about 105 times the current price');
    expect(describeScaleChange({ kind: 'down', factor: 100 })).toBe('1/100 of the current price');
    expect(describeScaleChange({ kind: 'to-zero' })).toBe('free');
    expect(describeScaleChange({ kind: 'from-zero' })).toBe('was free');
  });
});
