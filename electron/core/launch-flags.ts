/**
 * Command-line flags both modes understand (the data folder's are in
 * `data-dir.ts`), read in one place so the desktop app and browser mode cannot
 * drift apart.
 */

/** Starts a fresh data folder without the first-run sample partner. */
export const noSamplePartnerFlag = '--no-sample-partner';

/** Whether a first run adds the sample partner (the default) or not (`--no-sample-partner`). */
export function wantsSamplePartner(argv: readonly string[]): boolean {
  return !argv.includes(noSamplePartnerFlag);
}
