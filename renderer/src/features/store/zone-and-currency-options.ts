import type { ComboboxOption } from '../../components/combobox-options';

/** The platform's list of one kind, or [] where a runtime cannot list it. */
function supported(kind: 'timeZone' | 'currency'): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf(kind) : [];
}

/** "GMT+1": where a zone's clocks stand now, to tell Europe/Berlin from Europe/London at a glance. */
function offsetNow(zone: string, locale: string, now: Date): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(now);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/**
 * Every IANA time zone the platform knows, with its offset now. The store's own
 * zone is kept even when the list names it differently (an alias such as
 * Asia/Calcutta, or UTC, which some runtimes leave out), so it can be shown.
 */
export function timeZoneOptions(current: string, locale: string, now = new Date()): ComboboxOption[] {
  const zones = supported('timeZone');
  const all = zones.includes(current) || current === '' ? zones : [current, ...zones];
  return all.map((zone) => ({
    value: zone,
    label: zone.replaceAll('_', ' '),
    detail: offsetNow(zone, locale, now),
    keywords: zone.split('/').at(-1),
  }));
}

/** Every ISO 4217 currency the platform knows: "EUR — Euro", found by code, name or symbol. */
export function currencyOptions(current: string, locale: string): ComboboxOption[] {
  const codes = supported('currency');
  const all = codes.includes(current) || current === '' ? codes : [current, ...codes];
  const names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' });
  return all.map((code) => {
    let symbol = '';
    try {
      symbol =
        new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
          .formatToParts(0)
          .find((part) => part.type === 'currency')?.value ?? '';
    } catch {
      // A code the platform cannot format still gets listed by its name.
    }
    const name = names.of(code) ?? code;
    return {
      value: code,
      label: name === code ? code : `${code} — ${name}`,
      detail: symbol === code ? undefined : symbol,
      keywords: symbol,
    };
  });
}
