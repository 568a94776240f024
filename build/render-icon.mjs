// Renders build/icon.svg to the app icon (build/icon.png, 512×512) and the tray /
// menu-bar icon (build/tray-icon.png, 32×32; the OS scales it to its tray size),
// both with transparent corners, with Debian's Chromium, since Playwright cannot
// download its own browsers here.
// Run: npx node build/render-icon.mjs
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright';

const here = import.meta.dirname;
const svg = await readFile(join(here, 'icon.svg'), 'utf8');
const outputs = [
  { file: 'icon.png', size: 512 },
  { file: 'tray-icon.png', size: 32 },
];

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
  for (const { file, size } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style></head><body>${svg}</body></html>`,
    );
    await page.screenshot({
      path: join(here, file),
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`Wrote ${join(here, file)}`);
  }
} finally {
  await browser.close();
}
