import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Each screen is its own chunk, with its own CSS (#9): a screen opened first loads the
 * app's global CSS and the CSS its own modules import, nothing else. A component that
 * relies on a class defined in another screen's CSS looks right only after that
 * screen was visited (the Menu Hours picker did). This reads the import graph from
 * the sources and lists, per screen, the classes it uses that are defined only in CSS
 * it does not load.
 */
const src = resolve(import.meta.dirname, '../../../renderer/src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css)$/.test(entry.name) ? [path] : [];
  });
}

/** Static imports only (`import x from './a'`, `import './a.css'`): `import('./a')` starts another chunk. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?:[^'"();]*?\s+from\s+)?['"](\.[^'"]+)['"]/g)];
  return specifiers.flatMap(([, specifier]) => {
    const base = resolve(dirname(file), specifier ?? '');
    const candidates = /\.(css|tsx?)$/.test(base) ? [base] : [`${base}.ts`, `${base}.tsx`];
    return candidates.filter((path) => existsSync(path));
  });
}

function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  if (!entry.endsWith('.css')) for (const next of staticImports(entry)) closure(next, seen);
  return seen;
}

const cssClasses = (file: string): Set<string> =>
  new Set(
    [
      ...readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .matchAll(/\.([a-zA-Z][\w-]*)/g),
    ].map(([, name]) => name ?? ''),
  );

/** Class names written literally in `className="…"` or in the fixed parts of `className={`…`}`. */
const usedClasses = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/className=\{?[`"']([^`"']+)/g)].flatMap(([, value]) =>
    (value ?? '').split(/[\s$]+/).filter((token) => /^[a-z][\w-]*$/.test(token)),
  );

const files = sourceFiles(src);
const definedAnywhere = new Set(files.filter((file) => file.endsWith('.css')).flatMap((file) => [...cssClasses(file)]));
const globalCss = [...closure(join(src, 'main.tsx'))].filter((file) => file.endsWith('.css'));
const router = readFileSync(join(src, 'app/router.tsx'), 'utf8');
const screens = [...router.matchAll(/import\('(\.[^']+)'\)/g)].map(([, path]) =>
  resolve(join(src, 'app'), `${path ?? ''}.tsx`),
);

describe('every screen loads the CSS of every class it uses', () => {
  it('finds the screens in the router', () => {
    expect(screens.length).toBeGreaterThanOrEqual(9);
    for (const screen of screens) expect(existsSync(screen), screen).toBe(true);
  });

  it.each(screens.map((screen) => [screen.slice(src.length + 1)]))('%s', (relative) => {
    const modules = closure(join(src, relative));
    const loaded = new Set(
      [...globalCss, ...[...modules].filter((file) => file.endsWith('.css'))].flatMap((file) => [...cssClasses(file)]),
    );
    const missing = [...modules]
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) =>
        usedClasses(file)
          .filter((name) => definedAnywhere.has(name) && !loaded.has(name))
          .map((name) => `${file.slice(src.length + 1)}: .${name}`),
      );
    expect([...new Set(missing)]).toEqual([]);
  });
});
