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
        // Three entries share the Electron-free core: the Electron main process,
        // browser mode (plain Node) and the launcher that picks between them.
        input: {
          index: resolve(root, 'electron/shell/main.ts'),
          'browser-mode': resolve(root, 'electron/browser-mode/serve.ts'),
          launcher: resolve(root, 'electron/launcher/start.ts'),
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
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
