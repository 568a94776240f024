import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../../..');

/** Runtime (non-type) import specifiers of a TypeScript file. */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (!match[2] && match[3]) specifiers.push(match[3]);
  }
  for (const match of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) if (match[1]) specifiers.push(match[1]);
  return specifiers;
}

/** Every file the preload pulls in at runtime, and every package it needs. */
function preloadGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of runtimeImports(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = join(dirname(file), specifier);
      const next = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (!next) throw new Error(`Cannot resolve ${specifier} from ${file}`);
      visit(next);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('preload bundle', () => {
  it('needs no package but electron at runtime, so it loads in the sandbox', () => {
    const { packages, files } = preloadGraph(join(root, 'electron/shell/preload.ts'));
    expect([...packages]).toEqual(['electron']);
    // Pulling the contract barrel in would drag zod (and every schema) into the preload.
    expect([...files].map((file) => file.slice(root.length + 1))).not.toContain('shared/contract/index.ts');
    expect([...files].map((file) => file.slice(root.length + 1))).not.toContain('shared/contract/methods.ts');
  });
});
