import { afterEach, describe, expect, it, vi } from 'vitest';
import { showMoney } from '../../../../renderer/src/forms/show-money';
import { userLocale } from '../../../../renderer/src/forms/user-locale';

describe('the user’s locale', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is the first preferred language the platform can format, and follows a change', () => {
    vi.stubGlobal('navigator', { languages: ['de-CH', 'de', 'en'] });
    expect(userLocale()).toBe('de-CH');
    expect(showMoney(110_000, 'CHF')).toBe(
      new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF' }).format(1100),
    );
    vi.stubGlobal('navigator', { languages: ['de-DE'] });
    expect(showMoney(110_000, 'EUR')).toBe('1.100,00\u00a0€');
    vi.stubGlobal('navigator', { languages: ['en-US'] });
    expect(showMoney(110_000, 'EUR')).toBe('€1,100.00');
  });

  it('falls back to the platform’s default when no language is given', () => {
    vi.stubGlobal('navigator', { languages: [] });
    expect(userLocale()).toBe(new Intl.NumberFormat().resolvedOptions().locale);
  });
});
