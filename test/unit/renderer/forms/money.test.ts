import { describe, expect, it } from 'vitest';
import { minorDigits, minorToDecimal, parseMoney } from '../../../../renderer/src/forms/money';

describe('money on screen and on the wire', () => {
  it('knows each currency’s minor digits', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('BHD')).toBe(3);
  });

  it('parses decimals into exact integer minor units', () => {
    expect(parseMoney('19.99', 'USD')).toEqual({ ok: true, minor: 1999 });
    expect(parseMoney('0.29', 'USD')).toEqual({ ok: true, minor: 29 });
    expect(parseMoney('1,000,000.00', 'USD')).toEqual({ ok: true, minor: 100_000_000 });
    expect(parseMoney(' $12.5 ', 'USD')).toEqual({ ok: true, minor: 1250 });
    expect(parseMoney('.5', 'USD')).toEqual({ ok: true, minor: 50 });
    expect(parseMoney('1200', 'JPY')).toEqual({ ok: true, minor: 1200 });
    expect(parseMoney('-1', 'USD')).toEqual({ ok: true, minor: -100 });
  });

  it('refuses what is not a price, saying why', () => {
    expect(parseMoney('', 'USD')).toEqual({ ok: false, message: 'Enter a price.' });
    expect(parseMoney('abc', 'USD')).toEqual({ ok: false, message: 'Enter the price as a number, e.g. 12.50.' });
    expect(parseMoney('€ 9', 'EUR')).toEqual({ ok: true, minor: 900 });
    expect(parseMoney('1.2.3', 'USD').ok).toBe(false);
    expect(parseMoney('1.999', 'USD')).toEqual({ ok: false, message: 'Use at most 2 decimals.' });
    expect(parseMoney('10.5', 'JPY')).toEqual({ ok: false, message: 'JPY prices have no decimals.' });
  });

  it('shows minor units as the decimal the operator edits', () => {
    expect(minorToDecimal(1999, 'USD')).toBe('19.99');
    expect(minorToDecimal(5, 'USD')).toBe('0.05');
    expect(minorToDecimal(0, 'USD')).toBe('0.00');
    expect(minorToDecimal(1200, 'JPY')).toBe('1200');
  });
});
