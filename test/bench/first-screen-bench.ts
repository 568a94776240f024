// Issue 9 point 8: how soon the window shows something, and how much JavaScript the first
// screen (Order Webhooks) costs, in Chromium against the built browser-mode hub. Run alone with
//   node_modules/.bin/node --import tsx test/bench/first-screen-bench.ts
// (after `npm run build`); `npm run bench` runs it with the other figures.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { HubProcess } from '../e2e/fixtures/hub-process';
import { firstScreenBudgetBytes, recordScreenLoad, type ScreenLoad } from '../support/first-screen';
import { percentile, report } from './figures';

const root = resolve(import.meta.dirname, '../..');
const entry = resolve(root, 'out/main/browser-mode.js');
/** Cold loads (a new browser context each: empty cache); the paint figure is their median. */
const loads = 5;
const waitMs = 15_000;

export interface FirstScreenFigures {
  firstContentfulPaintMs: number[];
  /** The same for every load of one build; from the last one. */
  load: ScreenLoad;
}

/** Starts the built hub on an empty folder and opens its first screen `loads` times. */
export async function firstScreenBench(): Promise<FirstScreenFigures> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` before the first screen bench.`);
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-bench-first-screen-'));
  const hub = new HubProcess(dataDir);
  let browser: Browser | null = null;
  try {
    await hub.start();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
      timeout: 30_000,
    });
    const paints: number[] = [];
    let last: ScreenLoad | null = null;
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(waitMs);
      const recording = recordScreenLoad(page);
      await page.goto(hub.url);
      await page.getByRole('group', { name: 'Request Header' }).getByLabel('API Key', { exact: true }).waitFor();
      last = await recording.finish();
      if (last.errors.length > 0) throw new Error(`the first screen logged errors: ${last.errors.join('; ')}`);
      paints.push(last.firstContentfulPaintMs ?? NaN);
      await context.close();
    }
    if (!last) throw new Error('no load measured');
    return { firstContentfulPaintMs: paints, load: last };
  } finally {
    await browser?.close().catch(() => undefined);
    await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One JSON line each: paint (median of the cold loads), and the first screen's JavaScript. */
export function reportFirstScreen({ firstContentfulPaintMs, load }: FirstScreenFigures): void {
  const paint = percentile(
    [...firstContentfulPaintMs].sort((a, b) => a - b),
    50,
  );
  report('first_screen_first_contentful_paint', paint, 'ms', '<= 1000', paint <= 1000);
  const budgetKb = firstScreenBudgetBytes / 1024;
  const gzipKb = load.gzipBytes / 1024;
  report('first_screen_js_gzip', gzipKb, 'KB', `<= ${budgetKb}`, gzipKb <= budgetKb);
  // Browser mode and app:// send files uncompressed: this is what actually crosses to the window.
  report('first_screen_js_transferred', load.bytes / 1024, 'KB', 'n/a', true);
  report('first_screen_js_files', load.scripts.length, 'files', 'n/a', true);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  firstScreenBench().then(reportFirstScreen, (error: unknown) => {
    process.stderr.write(
      `first screen bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
