import { describe, expect, it } from 'vitest';
import { formatMoney, minorDigits } from '../../../../shared/domain/money';
import { minorToInput, parseMoney } from '../../../../renderer/src/forms/money';

/** The group separator the platform itself uses for this locale's amounts. */
const groupOf = (locale: string, currency: string): string =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1234567).find((p) => p.type === 'group')
    ?.value ?? '';

describe('money on screen and on the wire', () => {
  it('knows each currency’s minor digits', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('BHD')).toBe(3);
  });

  it('keeps today’s exact minor units: string arithmetic, never a float', () => {
    expect(parseMoney('19.99', 'USD', 'en-US')).toEqual({ ok: true, minor: 1999 });
    expect(parseMoney('19,99', 'EUR', 'de-DE')).toEqual({ ok: true, minor: 1999 });
    expect(parseMoney('0.29', 'USD', 'en-US')).toEqual({ ok: true, minor: 29 });
    expect(parseMoney('1.15', 'USD', 'en-US')).toEqual({ ok: true, minor: 115 });
    expect(parseMoney('1,000,000.00', 'USD', 'en-US')).toEqual({ ok: true, minor: 100_000_000 });
    expect(parseMoney(' $12.5 ', 'USD', 'en-US')).toEqual({ ok: true, minor: 1250 });
    expect(parseMoney('.5', 'USD', 'en-US')).toEqual({ ok: true, minor: 50 });
    expect(parseMoney('1200', 'JPY', 'ja-JP')).toEqual({ ok: true, minor: 1200 });
    expect(parseMoney('-1', 'USD', 'en-US')).toEqual({ ok: true, minor: -100 });
    expect(parseMoney('999999999999.99', 'USD', 'en-US')).toEqual({ ok: true, minor: 99_999_999_999_999 });
  });

  it('reads the user’s locale: 11,00 in de-DE and 11.00 in en-US are both 11.00', () => {
    expect(parseMoney('11,00', 'EUR', 'de-DE')).toEqual({ ok: true, minor: 1100 });
    expect(parseMoney('11.00', 'EUR', 'en-US')).toEqual({ ok: true, minor: 1100 });
    expect(parseMoney('1.100,00', 'EUR', 'de-DE')).toEqual({ ok: true, minor: 110_000 });
    expect(parseMoney('1,100.00', 'EUR', 'en-US')).toEqual({ ok: true, minor: 110_000 });
    expect(parseMoney('11,00 €', 'EUR', 'de-DE')).toEqual({ ok: true, minor: 1100 });
    expect(parseMoney('€ 9', 'EUR', 'en-US')).toEqual({ ok: true, minor: 900 });
  });

  it('takes fr-FR’s narrow no-break space, and a plain or no-break space typed by hand', () => {
    expect(groupOf('fr-FR', 'EUR')).toBe('\u202f');
    for (const space of ['\u202f', '\u00a0', ' ']) {
      expect(parseMoney(`1${space}100,00`, 'EUR', 'fr-FR')).toEqual({ ok: true, minor: 110_000 });
    }
    expect(parseMoney('1 100,00 €', 'EUR', 'fr-FR')).toEqual({ ok: true, minor: 110_000 });
    expect(minorToInput(110_000, 'EUR', 'fr-FR')).toBe('1\u202f100,00');
  });

  it("takes de-CH’s apostrophe grouping, typed as ’ or as '", () => {
    expect(["'", '’']).toContain(groupOf('de-CH', 'CHF'));
    expect(parseMoney('1’100.00', 'CHF', 'de-CH')).toEqual({ ok: true, minor: 110_000 });
    expect(parseMoney("1'100.00", 'CHF', 'de-CH')).toEqual({ ok: true, minor: 110_000 });
    expect(parseMoney('CHF 1’100.50', 'CHF', 'de-CH')).toEqual({ ok: true, minor: 110_050 });
    expect(minorToInput(110_000, 'CHF', 'de-CH')).toBe(`1${groupOf('de-CH', 'CHF')}100.00`);
  });

  it('has no decimals for JPY', () => {
    expect(parseMoney('1,100', 'JPY', 'ja-JP')).toEqual({ ok: true, minor: 1100 });
    expect(parseMoney('¥1,100', 'JPY', 'ja-JP')).toEqual({ ok: true, minor: 1100 });
    expect(parseMoney('1.5', 'JPY', 'ja-JP')).toEqual({ ok: false, message: 'JPY prices have no decimals.' });
    expect(parseMoney('10.5', 'JPY', 'en-US')).toEqual({ ok: false, message: 'JPY prices have no decimals.' });
    expect(minorToInput(1200, 'JPY', 'ja-JP')).toBe('1,200');
    expect(minorToInput(1200, 'JPY', 'de-DE')).toBe('1.200');
  });

  it('has three decimals for BHD, shown and read back in every locale', () => {
    expect(minorToInput(1100, 'BHD', 'de-DE')).toBe('1,100');
    expect(parseMoney('1,100', 'BHD', 'de-DE')).toEqual({ ok: true, minor: 1100 });
    expect(parseMoney('1.100', 'BHD', 'en-US')).toEqual({ ok: true, minor: 1100 });
    expect(parseMoney('1,100', 'BHD', 'en-US')).toEqual({ ok: true, minor: 1_100_000 });
    expect(parseMoney('1.100,000', 'BHD', 'de-DE')).toEqual({ ok: true, minor: 1_100_000 });
    expect(parseMoney('1.1005', 'BHD', 'en-US')).toEqual({ ok: false, message: 'Use at most 3 decimals.' });
  });

  it('round-trips every amount through the field and through the display, in every locale', () => {
    const cases: [string, string][] = [
      ['en-US', 'USD'],
      ['de-DE', 'EUR'],
      ['fr-FR', 'EUR'],
      ['de-CH', 'CHF'],
      ['ja-JP', 'JPY'],
      ['en-US', 'BHD'],
      ['de-DE', 'BHD'],
      ['es-ES', 'EUR'],
      ['hi-IN', 'INR'],
      ['ar-EG', 'EGP'],
      ['de-AT', 'EUR'],
      ['sv-SE', 'SEK'],
    ];
    for (const [locale, currency] of cases) {
      for (const minor of [0, 5, 1999, 110_000, 1_234_567, 100_000_000]) {
        const where = `${minor} ${currency} in ${locale}`;
        expect(parseMoney(minorToInput(minor, currency, locale), currency, locale), where).toEqual({ ok: true, minor });
        // What a list shows, symbol and all, pasted back into a field, is the same amount.
        expect(parseMoney(formatMoney(minor, currency, locale), currency, locale), where).toEqual({ ok: true, minor });
      }
    }
  });

  it('refuses what is not a number, with an example written the locale’s way', () => {
    expect(parseMoney('', 'USD', 'en-US')).toEqual({ ok: false, message: 'Enter a price.' });
    expect(parseMoney('abc', 'USD', 'en-US')).toEqual({
      ok: false,
      message: 'Enter the price as a number, e.g. 1,234.50.',
    });
    expect(parseMoney('abc', 'EUR', 'de-DE')).toEqual({
      ok: false,
      message: 'Enter the price as a number, e.g. 1.234,50.',
    });
    expect(parseMoney('1.2.3', 'USD', 'en-US').ok).toBe(false);
    expect(parseMoney('1,00,000', 'USD', 'en-US').ok).toBe(false);
    expect(parseMoney('1.10,00', 'EUR', 'de-DE').ok).toBe(false);
    expect(parseMoney('1,100.00', 'EUR', 'de-DE').ok).toBe(false);
    expect(parseMoney('1.999,5', 'USD', 'en-US').ok).toBe(false);
    expect(parseMoney('1 100', 'USD', 'en-US').ok).toBe(false);
    expect(parseMoney('1.9999', 'USD', 'en-US')).toEqual({ ok: false, message: 'Use at most 2 decimals.' });
    expect(parseMoney('1234567890123', 'USD', 'en-US')).toEqual({ ok: false, message: 'That price is far too large.' });
  });

  it('shows minor units as the decimal the operator edits, the locale’s way', () => {
    expect(minorToInput(1999, 'USD', 'en-US')).toBe('19.99');
    expect(minorToInput(5, 'USD', 'en-US')).toBe('0.05');
    expect(minorToInput(0, 'USD', 'en-US')).toBe('0.00');
    expect(minorToInput(110_000, 'EUR', 'de-DE')).toBe('1.100,00');
    expect(minorToInput(110_000, 'USD', 'en-US')).toBe('1,100.00');
  });

  it('formats for display exactly, even where a float division would not', () => {
    expect(formatMoney(1999, 'USD', 'en-US')).toBe('$19.99');
    expect(formatMoney(110_000, 'EUR', 'de-DE')).toBe('1.100,00\u00a0€');
    expect(formatMoney(1100, 'JPY', 'ja-JP')).toBe('￥1,100');
    // The largest safe integer of cents: divided by 100 as a float, it would show .90.
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
  });
});
