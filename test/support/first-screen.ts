import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright';

/** Issue 9's budget for the JavaScript of the first screen (Order Webhooks), gzipped. */
export const firstScreenBudgetBytes = 300 * 1024;

/** One JavaScript file the page loaded. */
export interface LoadedScript {
  /** The file name (`assets/index-….js`). */
  file: string;
  contentType: string;
  bytes: number;
  gzipBytes: number;
  lines: number;
}

export interface ScreenLoad {
  scripts: LoadedScript[];
  /** What the scripts weigh together: as sent (browser mode and app:// send them uncompressed) and gzipped. */
  bytes: number;
  gzipBytes: number;
  /** From navigation start, as Chromium reports it; null if nothing was painted. */
  firstContentfulPaintMs: number | null;
  /** Console errors and uncaught page errors: a chunk refused by the CSP shows up here. */
  errors: string[];
}

/**
 * Records every JavaScript file a page loads from now on, with its size raw and
 * gzipped (level 9, what a CDN would send), and every console or page error. Call
 * `finish` once the screen is shown.
 */
export function recordScreenLoad(page: Page): { finish: () => Promise<ScreenLoad> } {
  const pending: Promise<LoadedScript>[] = [];
  const errors: string[] = [];
  const onResponse = (response: Response): void => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then((body) => ({
        file: new URL(response.url()).pathname.replace(/^\//, ''),
        contentType: response.headers()['content-type'] ?? '',
        bytes: body.length,
        gzipBytes: gzipSync(body, { level: 9 }).length,
        lines: body.toString('utf8').split('\n').length,
      })),
    );
  };
  const onConsole = (message: { type(): string; text(): string }): void => {
    if (message.type() === 'error') errors.push(message.text());
  };
  const onPageError = (error: Error): void => {
    errors.push(error.message);
  };
  page.on('response', onResponse);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return {
    finish: async () => {
      page.off('response', onResponse);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      const scripts = await Promise.all(pending);
      const paint = await page.evaluate<number | null>(
        `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null`,
      );
      return {
        scripts,
        bytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
        gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
        firstContentfulPaintMs: paint,
        errors,
      };
    },
  };
}
