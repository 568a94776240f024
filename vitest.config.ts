import { defineConfig, type Plugin } from 'vitest/config';

/**
 * electron-vite turns `import path from './file.png?asset'` into the emitted
 * file's path; under Vitest the same import gives the source file's path.
 */
function assetPaths(): Plugin {
  return {
    name: 'asset-paths',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('?asset')) return null;
      return `export default ${JSON.stringify(id.slice(0, -'?asset'.length))};`;
    },
  };
}

export default defineConfig({
  plugins: [assetPaths()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Two cores here: more workers only contend.
    maxWorkers: 2,
  },
});
