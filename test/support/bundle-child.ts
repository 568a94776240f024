import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript child-process script into one plain ES module, so crash
 * tests that start a child per kill pay Node's start-up (about a third of a
 * second here) instead of tsx compiling every source file each time (about a
 * second). Packages stay imports: the bundle is written under the project's
 * `node_modules/.cache`, from where they resolve.
 *
 * @returns the bundle's path, to run with `node <path> …`
 */
export async function bundleChild(entry: string): Promise<string> {
  const cache = join(root, 'node_modules', '.cache', 'integration-hub-test-children');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, `${basename(entry, '.ts')}-`));
  // One bundle per test run: gone when the test process ends, so runs do not pile up.
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { ssr: entry, outDir, emptyOutDir: true, minify: false, target: 'node22', sourcemap: 'inline' },
  });
  return join(outDir, `${basename(entry, '.ts')}.js`);
}
