import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDecimal, parseDecimal } from '../../../../renderer/src/forms/locale-number';
import { parseMoney, priceSpec } from '../../../../renderer/src/forms/money';
import { decimalInWords, wholeInWords } from '../../../../renderer/src/forms/number-words';
import { parsePercent, percentSpec } from '../../../../renderer/src/forms/percent';

const refused = (message: string) => ({ ok: false, message });

describe('ambiguous input is refused, never guessed (rule 3)', () => {
  it('de-DE: "1,100" could be 1,10 with a digit too many or 1100 written the English way', () => {
    expect(parseMoney('1,100', 'EUR', 'de-DE')).toEqual(
      refused('Unclear which you mean: type 1.100,00 for one thousand one hundred, or 1,10 for one point one.'),
    );
    expect(parseMoney('12,345', 'EUR', 'de-DE')).toEqual(
      refused(
        'Unclear which you mean: type 12.345,00 for twelve thousand three hundred forty-five (a price has at most 2 decimals).',
      ),
    );
  });

  it('en-US: "1.100" the other way round', () => {
    expect(parseMoney('1.100', 'EUR', 'en-US')).toEqual(
      refused('Unclear which you mean: type 1,100.00 for one thousand one hundred, or 1.10 for one point one.'),
    );
    expect(parseMoney('5.000', 'USD', 'en-US')).toEqual(
      refused('Unclear which you mean: type 5,000.00 for five thousand, or 5.00 for five.'),
    );
  });

  it('fr-FR and de-CH: the mark the locale uses for neither, before three digits', () => {
    expect(parseMoney('1.100', 'EUR', 'fr-FR')).toEqual(
      refused('Unclear which you mean: type 1\u202f100,00 for one thousand one hundred, or 1,10 for one point one.'),
    );
    expect(parseMoney('1,100', 'CHF', 'fr-FR')).toMatchObject({ ok: false });
    expect(parseMoney('1,100', 'CHF', 'de-CH')).toMatchObject({ ok: false, message: /^Unclear which you mean/ });
    expect(parseMoney('1.100', 'CHF', 'de-CH')).toMatchObject({ ok: false, message: /^Unclear which you mean/ });
  });

  it('ja-JP: the decimal mark before three digits, in a currency without decimals', () => {
    expect(parseMoney('1.100', 'JPY', 'ja-JP')).toEqual(
      refused('Unclear which you mean: type 1,100 for one thousand one hundred (JPY prices have no decimals).'),
    );
  });

  it('reads what the locale itself writes that way, and says so in the rule', () => {
    // The locale's own grouping: 1100, as anyone there writes it (a scale slip is asked about on saving).
    expect(parseMoney('1,100', 'EUR', 'en-US')).toEqual({ ok: true, minor: 110_000 });
    expect(parseMoney('1.100', 'EUR', 'de-DE')).toEqual({ ok: true, minor: 110_000 });
    expect(parseMoney('1,100', 'JPY', 'ja-JP')).toEqual({ ok: true, minor: 1100 });
    // Three decimals are BHD's own: exactly how the field shows 1.100 BHD in de-DE.
    expect(parseMoney('1,100', 'BHD', 'de-DE')).toEqual({ ok: true, minor: 1100 });
  });

  it('is not fooled by separators that cannot be grouping: a leading zero, a fourth digit', () => {
    expect(parseMoney('0,100', 'EUR', 'de-DE')).toEqual(refused('Use at most 2 decimals.'));
    expect(parseMoney('1234,567', 'EUR', 'de-DE')).toEqual(refused('Use at most 2 decimals.'));
    expect(parseMoney('1,1000', 'EUR', 'de-DE')).toEqual(refused('Use at most 2 decimals.'));
  });
});

describe('a lone "." or "," that can only be a decimal mark is one (rule 2)', () => {
  it('reads the keypad’s point in de-DE and fr-FR, and a comma in en-US and de-CH', () => {
    expect(parseMoney('11.50', 'EUR', 'de-DE')).toEqual({ ok: true, minor: 1150 });
    expect(parseMoney('11.5', 'EUR', 'fr-FR')).toEqual({ ok: true, minor: 1150 });
    expect(parseMoney('11,5', 'USD', 'en-US')).toEqual({ ok: true, minor: 1150 });
    expect(parseMoney('11,50', 'CHF', 'de-CH')).toEqual({ ok: true, minor: 1150 });
    expect(parseMoney('.5', 'EUR', 'de-DE')).toEqual({ ok: true, minor: 50 });
    expect(parseMoney(',5', 'EUR', 'de-DE')).toEqual({ ok: true, minor: 50 });
  });

  it('but never beside the locale’s own separators', () => {
    expect(parseMoney('1.100.50', 'EUR', 'de-DE').ok).toBe(false);
    expect(parseMoney('1 100.50', 'EUR', 'fr-FR').ok).toBe(false);
  });
});

describe('separators, digits and signs come from the platform, not from a table', () => {
  afterEach(() => vi.restoreAllMocks());

  it('works in locales this module never names: es-ES, hi-IN, ar-EG, sv-SE', () => {
    expect(parseMoney('1.234,56', 'EUR', 'es-ES')).toEqual({ ok: true, minor: 123_456 });
    // es-ES does not group four digits; grouping typed anyway is still its own.
    expect(formatDecimal(123_456, priceSpec('EUR', 'es-ES'))).toBe('1234,56');
    // Indian grouping: threes, then twos.
    expect(parseMoney('1,00,000.00', 'INR', 'hi-IN')).toEqual({ ok: true, minor: 10_000_000 });
    expect(formatDecimal(12_345_678, priceSpec('INR', 'hi-IN'))).toBe('1,23,456.78');
    expect(parseMoney('1,000,000.00', 'INR', 'hi-IN').ok).toBe(false);
    // Arabic-Indic digits, the Arabic decimal and thousands marks, and direction marks in what is pasted.
    expect(parseMoney('١٬١٠٠٫٥٠', 'EGP', 'ar-EG')).toEqual({ ok: true, minor: 110_050 });
    expect(parseMoney('\u200f1100,50', 'EGP', 'ar-EG')).toEqual({ ok: true, minor: 110_050 });
    // sv-SE writes minus as U+2212.
    expect(parseMoney('−5,00', 'SEK', 'sv-SE')).toEqual({ ok: true, minor: -500 });
  });

  it('follows whatever formatToParts says, even symbols no real locale uses', () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own `this`
    const original = Intl.NumberFormat.prototype.formatToParts;
    vi.spyOn(Intl.NumberFormat.prototype, 'formatToParts').mockImplementation(function (
      this: Intl.NumberFormat,
      value,
    ) {
      const parts = original.call(this, value);
      if (this.resolvedOptions().locale !== 'en-GB') return parts;
      return parts.map((part) =>
        part.type === 'decimal' ? { ...part, value: '·' } : part.type === 'group' ? { ...part, value: '_' } : part,
      );
    });
    expect(parseMoney('1_100·50', 'GBP', 'en-GB')).toEqual({ ok: true, minor: 110_050 });
    expect(formatDecimal(110_050, priceSpec('GBP', 'en-GB'))).toBe('1_100·50');
    expect(parseMoney('1·100', 'GBP', 'en-GB')).toMatchObject({ ok: false, message: /type 1_100·00 for one thousand/ });
  });
});

describe('percentages in basis points', () => {
  const tax = (locale: string) => percentSpec(locale, 'tax rate');
  it('are typed the locale’s way and shown with only the decimals they have', () => {
    expect(parsePercent('8,5', tax('de-DE'))).toEqual({ ok: true, bps: 850 });
    expect(parsePercent('8.5', tax('en-US'))).toEqual({ ok: true, bps: 850 });
    expect(parsePercent('8,5 %', tax('fr-FR'))).toEqual({ ok: true, bps: 850 });
    expect(parsePercent('19%', tax('en-US'))).toEqual({ ok: true, bps: 1900 });
    expect(formatDecimal(850, tax('de-DE'))).toBe('8,5');
    expect(formatDecimal(1900, tax('de-DE'))).toBe('19');
    expect(formatDecimal(825, tax('en-US'))).toBe('8.25');
    expect(parsePercent('8,125', tax('de-DE'))).toMatchObject({ ok: false, message: /^Unclear which you mean/ });
    expect(parsePercent('-12,500', percentSpec('de-DE', 'percentage'))).toEqual(
      refused(
        'Unclear which you mean: type -12.500 for minus twelve thousand five hundred, or -12,5 for minus twelve point five.',
      ),
    );
    expect(parsePercent('8,1255', tax('de-DE'))).toEqual(refused('Use at most 2 decimals.'));
    expect(parsePercent('', tax('de-DE'))).toEqual(refused('Enter a tax rate.'));
    expect(parsePercent('viel', tax('de-DE'))).toEqual(refused('Enter the tax rate as a number, e.g. 8,5.'));
  });
});

describe('amounts in words, for the ambiguity message', () => {
  it('says whole numbers and decimals as people do', () => {
    expect(wholeInWords(0)).toBe('zero');
    expect(wholeInWords(1100)).toBe('one thousand one hundred');
    expect(wholeInWords(12_345)).toBe('twelve thousand three hundred forty-five');
    expect(wholeInWords(999_999)).toBe('nine hundred ninety-nine thousand nine hundred ninety-nine');
    expect(wholeInWords(20)).toBe('twenty');
    expect(decimalInWords('1', '10')).toBe('one point one');
    expect(decimalInWords('8', '05')).toBe('eight point zero five');
    expect(decimalInWords('5', '00')).toBe('five');
  });
});

describe('the spec', () => {
  it('parses what it formats, for the example in its own messages too', () => {
    const spec = priceSpec('EUR', 'de-DE');
    expect(parseDecimal(formatDecimal(spec.example, spec), spec)).toEqual({ ok: true, scaled: spec.example });
  });
});
