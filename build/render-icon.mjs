// Renders build/icon.svg to build/icon.png (512×512, transparent corners) with
// Debian's Chromium, since Playwright cannot download its own browsers here.
// Run: npx node build/render-icon.mjs
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright';

const here = import.meta.dirname;
const size = 512;
const svg = await readFile(join(here, 'icon.svg'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style></head><body>${svg}</body></html>`,
  );
  await page.screenshot({
    path: join(here, 'icon.png'),
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
  console.log(`Wrote ${join(here, 'icon.png')}`);
} finally {
  await browser.close();
}
