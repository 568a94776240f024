import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../../electron/core/transport/http/security-headers';
import {
  appSchemePrivileges,
  createAppRequestHandler,
  registerAppScheme,
  resolveAppPath,
} from '../../../../electron/shell/app-protocol';

// The renderer lives in <tmp>/out/renderer; a secret sits one level up, where traversal would reach it.
let base: string;
let rendererDir: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'hub-protocol-'));
  rendererDir = join(base, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Hub</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("hub")');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(rendererDir, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(base, 'out', 'secret.txt'), 'TOP SECRET');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

function get(url: string, method = 'GET'): Request {
  return new Request(url, { method });
}

function scriptSrc(csp: string): string {
  return (
    csp
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith('script-src')) ?? ''
  );
}

describe('app:// protocol handler', () => {
  it('serves files from the renderer folder with their MIME types and the CSP header', async () => {
    const handle = createAppRequestHandler(rendererDir);
    const cases = [
      ['app://hub/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Hub</title>'],
      ['app://hub/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log("hub")'],
      ['app://hub/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
      ['app://hub/assets/logo.svg', 'image/svg+xml', '<svg/>'],
    ] as const;
    for (const [url, type, body] of cases) {
      const response = await handle(get(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(contentSecurityPolicy);
      expect(await response.text(), url).toBe(body);
    }
  });

  it('sends a strict CSP: self-only scripts, no inline or eval, nothing else by default', async () => {
    const response = await createAppRequestHandler(rendererDir)(get('app://hub/'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(scriptSrc(csp)).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for the bare origin only (the renderer routes by hash)', async () => {
    const handle = createAppRequestHandler(rendererDir);
    for (const url of ['app://hub/', 'app://hub']) {
      const response = await handle(get(url));
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toContain('<title>Hub</title>');
    }
    expect((await handle(get('app://hub/integration/partners'))).status).toBe(404);
  });

  it('refuses path traversal, plain or percent-encoded, and never reads outside the renderer folder', async () => {
    const read = vi.fn((path: string) => Promise.resolve(new Uint8Array(Buffer.from(`read ${path}`))));
    const handle = createAppRequestHandler(rendererDir, read);
    const attacks = [
      'app://hub/../../etc/passwd',
      'app://hub/../secret.txt',
      'app://hub/%2e%2e/secret.txt',
      'app://hub/%2E%2E/%2e%2e/etc/passwd',
      'app://hub/..%2fsecret.txt',
      'app://hub/assets/..%2f..%2fsecret.txt',
      'app://hub/..%5csecret.txt',
      'app://hub/%00index.html',
    ];
    for (const url of attacks) await handle(get(url));
    // Whatever the URL, a read never leaves the renderer folder.
    for (const [path] of read.mock.calls) {
      expect(path.startsWith(join(rendererDir, sep)), path).toBe(true);
    }
    // And against the real file system, nothing outside it comes back.
    const real = createAppRequestHandler(rendererDir);
    for (const url of attacks) {
      const response = await real(get(url));
      expect(response.status, url).toBe(404);
      const text = await response.text();
      expect(text, url).not.toContain('TOP SECRET');
      expect(text, url).not.toContain('root:');
    }
  });

  it('checks decoded segments itself instead of trusting URL normalisation', () => {
    // `..` and `%2e%2e` are collapsed by the URL parser; an encoded slash is not, so the resolver must catch it.
    expect(resolveAppPath(rendererDir, 'app://hub/..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(rendererDir, 'app://hub/assets/..%2F..%2Fsecret.txt')).toBeNull();
    expect(resolveAppPath(rendererDir, 'app://hub/..%5csecret.txt')).toBeNull();
    for (const url of ['app://hub/../../etc/passwd', 'app://hub/%2e%2e/secret.txt']) {
      const resolved = resolveAppPath(rendererDir, url);
      expect(resolved === null || resolved.startsWith(join(rendererDir, sep)), url).toBe(true);
    }
    expect(resolveAppPath(rendererDir, 'app://hub/assets/index-abc.js')).toBe(
      join(rendererDir, 'assets', 'index-abc.js'),
    );
  });

  it('serves only the hub host of the app scheme', async () => {
    const handle = createAppRequestHandler(rendererDir);
    expect((await handle(get('app://other/index.html'))).status).toBe(404);
    expect(resolveAppPath(rendererDir, 'app://hub@evil/index.html')).toBeNull();
    expect(resolveAppPath(rendererDir, 'file:///index.html')).toBeNull();
  });

  it('answers missing files with 404 and other methods with 405', async () => {
    const handle = createAppRequestHandler(rendererDir);
    expect((await handle(get('app://hub/assets/missing.js'))).status).toBe(404);
    expect((await handle(get('app://hub/index.html', 'POST'))).status).toBe(405);
    const head = await handle(get('app://hub/index.html', 'HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers the scheme as standard and secure', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([appSchemePrivileges]);
    expect(appSchemePrivileges).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    // corsEnabled would let other origins read app:// responses.
    expect(appSchemePrivileges.privileges?.corsEnabled).not.toBe(true);
  });
});
