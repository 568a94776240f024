import { describe, expect, it } from 'vitest';
import { screenOfHash } from '../../../../renderer/src/app/router';

describe('the screen a window opens on, read from its address before the app renders', () => {
  it('names the screen of every kind of address the app writes', () => {
    expect(screenOfHash('')).toBe('hub/order-webhooks');
    expect(screenOfHash('#/')).toBe('hub/order-webhooks');
    expect(screenOfHash('#/hub')).toBe('hub/order-webhooks');
    expect(screenOfHash('#/deliveries')).toBe('deliveries');
    expect(screenOfHash('#/deliveries?delivery=42&states=failed')).toBe('deliveries');
    expect(screenOfHash('#/menu/hours')).toBe('menu/hours');
    expect(screenOfHash('#/hub/partners/')).toBe('hub/partners');
  });

  it('names none for an address no screen has, so nothing is fetched for it', () => {
    expect(screenOfHash('#/nowhere')).toBeNull();
    expect(screenOfHash('#/constructor')).toBeNull();
  });
});
