import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { securityHeaders } from './security-headers';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Resolves a URL path to a file inside `root`, or null when it would escape it
 * (`..`, encoded or not) or is malformed.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const full = resolve(join(base, relative));
  return full === base || full.startsWith(base + sep) ? full : null;
}

/** Serves the built renderer; hashed assets are cached, index.html never is. */
export async function serveStatic(
  root: string,
  urlPath: string,
  response: ServerResponse,
  headOnly: boolean,
): Promise<void> {
  const path = resolveStaticPath(root, urlPath);
  const type = path ? contentTypes[extname(path)] : undefined;
  let body: Buffer | null = null;
  if (path && type) {
    body = await readFile(path).catch(() => null);
  }
  if (!path || !type || !body) {
    response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  const cache = path.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable';
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': cache,
  });
  response.end(headOnly ? undefined : body);
}
