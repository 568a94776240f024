import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project folder. */
export const projectDir = resolve(import.meta.dirname, '../../..');

/** The built main bundle, as `npm run build` leaves it. */
export const builtMain = join(projectDir, 'out', 'main', 'index.js');

/** The version of the installed `electron` package (what the app is built against). */
export const electronVersion = (
  JSON.parse(readFileSync(join(projectDir, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** These tests run what `npm run build` produced; without it they cannot say anything. */
export function requireBuild(): void {
  if (!existsSync(builtMain)) {
    throw new Error(`${builtMain} is missing: run "npm run build" first (npm test does).`);
  }
}
