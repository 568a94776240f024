import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { developmentCsp } from '../../../build/dev-csp';

const indexHtml = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
const policyOf = (html: string): string =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('the development-only Content-Security-Policy', () => {
  it('allows inline styles, the dev server’s inline scripts by their hash only, and the hot-reload socket', () => {
    const preamble = 'import { injectIntoGlobalHook } from "/@react-refresh";\ninjectIntoGlobalHook(window);';
    const served = indexHtml.replace('</head>', `<script type="module">${preamble}</script></head>`);
    const policy = policyOf(developmentCsp(served));
    const hash = createHash('sha256').update(preamble).digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('leaves the rest of index.html’s policy as it is', () => {
    const production = policyOf(indexHtml).split('; ');
    const development = policyOf(developmentCsp(indexHtml)).split('; ');
    const unchanged = (directives: string[]) =>
      directives.filter((d) => !/^(style-src|script-src|connect-src)\b/.test(d));
    expect(unchanged(development)).toEqual(unchanged(production));
  });
});
