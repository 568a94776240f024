import { existsSync, readFileSync } from 'node:fs';

/**
 * The settings document exactly as it is on disk: `{}` when there is no file
 * yet, the parsed JSON otherwise — even when it is not an object. conf (and
 * electron-store on it) would turn `[]` or `"text"` into `{}`, which would pass
 * for a brand-new file; the repository must see it to set it aside and say so.
 * Throws (SyntaxError) when the file is not JSON.
 */
export function readSettingsFile(path: string): unknown {
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}
