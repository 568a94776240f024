import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
// One policy for app:// and browser mode: no inline or eval'd script, no remote origins.
import { contentSecurityPolicy } from '../core/transport/http/security-headers';
import { appHost, appScheme } from './app-url';

/**
 * `standard` gives the scheme real origins and relative URL resolution; `secure`
 * makes it a secure context; `supportFetchAPI` lets Vite's module scripts load.
 * `corsEnabled` stays off on purpose: it would let other origins read app://
 * responses. Must be registered before the app is ready.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The MIME type served for a file; unknown types are sent as opaque bytes. */
export function mimeTypeFor(filePath: string): string {
  return mimeTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://hub/…` URL to a file inside `rootDir`, or null when it must not
 * be served. Traversal is checked on the decoded path, segment by segment, and
 * again on the resolved path, so neither `..` nor `%2e%2e` nor `%2f` escapes.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  // The renderer routes by hash, so only the bare origin maps to the entry page; every other path is a file.
  const wanted = segments.length === 0 ? ['index.html'] : segments;
  const root = resolve(rootDir);
  const target = resolve(join(root, ...wanted));
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return target;
}

/** Headers every response carries, errors included. */
function baseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: baseHeaders('text/plain; charset=utf-8') });
}

/** Reads a file; injectable so tests can observe what was (not) read. */
export type ReadAppFile = (path: string) => Promise<Uint8Array>;

/**
 * The `app://` request handler: GET/HEAD of files under `rootDir` only, with the
 * right MIME type and the CSP header. Anything else is a 4xx, never a throw.
 */
export function createAppRequestHandler(
  rootDir: string,
  read: ReadAppFile = (path) => readFile(path),
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null) return plainResponse(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await read(filePath);
    } catch {
      return plainResponse(404, 'Not found');
    }
    const payload = request.method === 'HEAD' ? null : new Blob([new Uint8Array(body)]);
    return new Response(payload, { status: 200, headers: baseHeaders(mimeTypeFor(filePath)) });
  };
}

/** Declares the scheme's privileges; Electron requires this before `ready`. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
}

/** Serves the built renderer from `rootDir` on `app://hub/`; call after `ready`. */
export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(appScheme, createAppRequestHandler(rootDir));
}
