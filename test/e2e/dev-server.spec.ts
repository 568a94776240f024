import { createServer, type ViteDevServer } from 'vite';
import electronViteConfig from '../../electron.vite.config';
import { expect, test } from '@playwright/test';

/**
 * `npm run dev` serves the renderer from Vite's dev server, which injects every
 * stylesheet as an inline <style> and React Refresh as an inline script. The
 * production policy in index.html forbids both, so the page used to come up
 * unstyled. The dev server (with the project's own renderer config) must serve a
 * page that is styled and breaks no rule of its policy.
 */
let server: ViteDevServer;

test.beforeAll(async () => {
  const config = typeof electronViteConfig === 'function' ? undefined : electronViteConfig.renderer;
  if (!config || typeof config === 'function') throw new Error('The renderer config is not a plain object.');
  server = await createServer({
    ...config,
    configFile: false,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
});

test.afterAll(async () => {
  await server.close();
});

test('the dev server serves the app styled, within its development policy', async ({ page }) => {
  // The first page load has Vite pre-bundle the dependencies: slow on a busy two-core machine.
  test.setTimeout(90_000);
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  // A string, since this file is type-checked without the DOM library.
  await page.addInitScript(
    "document.addEventListener('securitypolicyviolation', (event) => " +
      'window.reportViolation(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));',
  );
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The dev server did not say where it listens.');
  await page.goto(url);

  // Without a token the page explains how to open it: enough to see the stylesheets apply.
  await expect(page.getByRole('heading', { name: 'Open the Integration Hub from its address' })).toBeVisible();
  await expect(page.locator('body')).toHaveCSS('font-size', '14px');
  const card = page.locator('.full-page-card');
  await expect(card).toHaveCSS('border-top-style', 'solid');
  // Nothing the page is made of was blocked. (zod probes `new Function` once to pick its
  // fastest parser and falls back when the policy says no, as it does in production too.)
  expect(violations.filter((v) => !/^script-src eval .*\/zod\.js:/.test(v))).toEqual([]);

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // Inline script only by exact hash; the rest of the production policy stands.
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("form-action 'none'");
});
