/**
 * The locale numbers and money are shown and typed in: the first of the user's
 * preferred languages (`navigator.languages`) the platform can format, else the
 * platform's default. Every screen asks here — never `navigator.language` itself —
 * so a price is written and read the same way everywhere (issue #9).
 */
let known: { languages: string; locale: string } | null = null;

export function userLocale(): string {
  const preferred = typeof navigator === 'undefined' ? [] : [...navigator.languages];
  const languages = preferred.join(',');
  // Languages can change while the app runs (the `languagechange` event); the next render follows.
  if (known?.languages !== languages) {
    let locale: string;
    try {
      locale = new Intl.NumberFormat(preferred.length > 0 ? preferred : undefined).resolvedOptions().locale;
    } catch {
      locale = new Intl.NumberFormat().resolvedOptions().locale;
    }
    known = { languages, locale };
  }
  return known.locale;
}
