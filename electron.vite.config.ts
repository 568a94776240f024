import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { developmentCspPlugin } from './build/dev-csp';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        // Four entries share the Electron-free core: the Electron main process,
        // browser mode (plain Node), the launcher that picks between them, and the
        // thread the core writes delivery results on.
        input: {
          index: resolve(root, 'electron/shell/main.ts'),
          'browser-mode': resolve(root, 'electron/browser-mode/serve.ts'),
          launcher: resolve(root, 'electron/launcher/start.ts'),
          // The delivery results writer's thread (`resultsWriterFile`), started by the core.
          'record-writer': resolve(root, 'electron/core/engine/record-writer-thread.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed renderer can only load a CommonJS preload.
      rolldownOptions: {
        input: { index: resolve(root, 'electron/shell/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // The dev server needs a looser policy than index.html's (inline styles, HMR); builds keep it unchanged.
    plugins: [react(), developmentCspPlugin()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; the window parses every byte it ships (#9).
      minify: true,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        output: {
          codeSplitting: {
            groups: [
              // What the window needs before any screen: React, the router, the store, the frame.
              { name: 'app', tags: ['$initial'], priority: 3 },
              // uPlot and the chart drawn with it, for the Dashboard and Partners only. Not what the
              // chart imports (health-words): Order Webhooks, the first screen, prints health lines too.
              {
                name: 'health-chart',
                test: /node_modules[\\/]uplot[\\/]|features[\\/]health[\\/](?!health-words)/,
                priority: 2,
                includeDependenciesRecursively: false,
              },
              // What two or more screens share (form parts, dialogs, domain rules) as one file, not dozens of tiny ones.
              { name: 'screens-common', minShareCount: 2, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
