import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
/**
 * The project's own config, as `npm run lint` reads it, with only the layer rule
 * run: the layer rules are import patterns and need no types, and building the
 * typed program of the whole project took a minute of CI on two busy cores.
 */
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** Lints `code` as if it were the file at `path` and returns the layer violations found. */
async function layerViolations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules (house style)', () => {
  it('forbid the Electron-free core to import electron or shell code', async () => {
    expect(await layerViolations('electron/core/hub.ts', "import { app } from 'electron';\nvoid app;\n")).toHaveLength(
      1,
    );
    expect(
      await layerViolations('electron/core/hub.ts', "import Store from 'electron-store';\nvoid Store;\n"),
    ).toHaveLength(1);
    expect(
      await layerViolations('electron/core/hub.ts', "import * as s from '../shell/main';\nvoid s;\n"),
    ).toHaveLength(1);
  });

  it('forbid the renderer to import Node builtins or main-process code', async () => {
    const file = 'renderer/src/main.tsx';
    expect(await layerViolations(file, "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n")).toHaveLength(
      1,
    );
    expect(await layerViolations(file, "import { readFileSync } from 'fs';\nvoid readFileSync;\n")).toHaveLength(1);
    expect(await layerViolations(file, "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n")).toHaveLength(1);
    expect(
      await layerViolations(file, "import { createHub } from '../../electron/core/hub';\nvoid createHub;\n"),
    ).toHaveLength(1);
  });

  it('forbid shared/ to import Node, Electron or UI code', async () => {
    const file = 'shared/contract/errors.ts';
    expect(await layerViolations(file, "import { join } from 'node:path';\nvoid join;\n")).toHaveLength(1);
    expect(await layerViolations(file, "import { create } from 'zustand';\nvoid create;\n")).toHaveLength(1);
  });

  it('allow the imports each layer is meant to make', async () => {
    expect(
      await layerViolations(
        'electron/core/hub.ts',
        "import { join } from 'node:path';\nimport { ok } from '../../shared/contract';\nvoid join; void ok;\n",
      ),
    ).toEqual([]);
    expect(
      await layerViolations('renderer/src/main.tsx', "import { ok } from '../../shared/contract';\nvoid ok;\n"),
    ).toEqual([]);
  });
});
