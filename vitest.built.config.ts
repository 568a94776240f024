import { defineConfig } from 'vitest/config';

/**
 * Tests of what `npm run build` produced (out/): the built main bundle booted
 * against a stand-in Electron, and the package electron-builder makes of it.
 * `npm test` runs them after the build; alone: npm run build && npm run test:built.
 */
export default defineConfig({
  test: {
    include: ['test/built/**/*.test.ts'],
    environment: 'node',
    // Packaging copies and packs a few thousand files: slow on a busy two-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
  },
});
