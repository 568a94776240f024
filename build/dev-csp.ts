import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const cspMeta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;
const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

function withSources(policy: string, directive: string, sources: readonly string[]): string {
  return policy
    .split(';')
    .map((part) => part.trim())
    .map((part) => (part.split(/\s+/)[0] === directive ? [part, ...sources].join(' ') : part))
    .join('; ');
}

/**
 * The renderer's policy as the Vite dev server needs it, for development only:
 * Vite injects every stylesheet as an inline `<style>` (so `style-src` allows
 * inline styles), React Refresh adds an inline module script to the page (allowed
 * by its exact hash, not by allowing inline script in general), and hot reload
 * talks over a WebSocket to the dev server. Everything else stays as in the
 * production policy.
 */
export function developmentCsp(html: string): string {
  const match = cspMeta.exec(html);
  if (!match) return html;
  const hashes = [...html.matchAll(inlineScript)].map(
    (script) =>
      `'sha256-${createHash('sha256')
        .update(script[1] ?? '')
        .digest('base64')}'`,
  );
  let policy = match[2] ?? '';
  policy = withSources(policy, 'style-src', ["'unsafe-inline'"]);
  policy = withSources(policy, 'script-src', hashes);
  policy = withSources(policy, 'connect-src', ['ws://localhost:*', 'ws://127.0.0.1:*']);
  return html.replace(cspMeta, `$1${policy}$3`);
}

/** Applies {@link developmentCsp} to the page the dev server serves; production builds keep index.html's policy. */
export function developmentCspPlugin(): Plugin {
  return {
    name: 'integration-hub:development-csp',
    apply: 'serve',
    // After every other plugin has injected its scripts, so their hashes are known.
    transformIndexHtml: { order: 'post', handler: (html) => developmentCsp(html) },
  };
}
