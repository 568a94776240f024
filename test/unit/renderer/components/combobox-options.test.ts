import { describe, expect, it } from 'vitest';
import { exactOption, matchOptions } from '../../../../renderer/src/components/combobox-options';
import { currencyOptions, timeZoneOptions } from '../../../../renderer/src/features/store/zone-and-currency-options';

const values = (options: readonly { value: string }[]): string[] => options.map((option) => option.value);
const at = new Date('2026-01-15T12:00:00Z');

describe('the Store page’s pickers (#13 point 5)', () => {
  it('list every IANA zone the platform knows, with its offset now, and keep an alias the store already has', () => {
    const zones = timeZoneOptions('Europe/Berlin', 'en-US', at);
    expect(zones).toHaveLength(Intl.supportedValuesOf('timeZone').length);
    expect(zones.find((zone) => zone.value === 'America/New_York')).toMatchObject({
      label: 'America/New York',
      detail: 'GMT-5',
    });
    // A zone the list leaves out (UTC in some runtimes) or names differently is still shown, first.
    expect(timeZoneOptions('Etc/UTC', 'en-US', at)[0]?.value).toBe('Etc/UTC');
  });

  it('list every ISO 4217 currency by code and name in the user’s language, found by its symbol too', () => {
    const en = currencyOptions('EUR', 'en-US');
    expect(en).toHaveLength(Intl.supportedValuesOf('currency').length);
    expect(en.find((c) => c.value === 'EUR')).toMatchObject({ label: 'EUR — Euro', detail: '€' });
    expect(currencyOptions('EUR', 'de-DE').find((c) => c.value === 'USD')?.label).toBe('USD — US-Dollar');
    expect(values(matchOptions(en, '¥'))).toEqual(expect.arrayContaining(['JPY', 'CNY']));
  });

  it('filter as typed: every word in any order, accents and case aside, codes and cities first', () => {
    const zones = timeZoneOptions('Europe/Berlin', 'en-US', at);
    expect(values(matchOptions(zones, 'berl'))).toEqual(['Europe/Berlin']);
    expect(values(matchOptions(zones, 'york new'))).toEqual(['America/New_York']);
    expect(values(matchOptions(zones, 'sao paulo'))).toEqual(['America/Sao_Paulo']);
    const currencies = currencyOptions('EUR', 'en-US');
    expect(values(matchOptions(currencies, 'us')).slice(0, 1)).toEqual(['USD']);
    expect(values(matchOptions(currencies, 'dollar us')).slice(0, 2)).toEqual(['USD', 'AUD']);
    expect(values(matchOptions(currencies, 'swiss franc'))).toEqual(['CHF']);
    expect(matchOptions(currencies, 'no such money')).toEqual([]);
    expect(matchOptions(currencies, '  ')).toHaveLength(currencies.length);
  });

  it('take a text typed in full as that option, and nothing half-typed', () => {
    const currencies = currencyOptions('EUR', 'en-US');
    expect(exactOption(currencies, 'usd')?.value).toBe('USD');
    expect(exactOption(currencies, ' chf — swiss franc ')?.value).toBe('CHF');
    expect(exactOption(currencies, 'US')).toBeUndefined();
  });
});
