/**
 * `npm start`: runs the desktop app when the Electron binary is available and
 * browser mode otherwise (or with `--browser`); see `run-launcher.ts`. Plain Node:
 * importing `electron` here would try to download the binary and hang without internet.
 *
 *   node out/main/launcher.js [--browser] [--data-dir X] [--port N] [--no-sample-partner]
 */
import { runLauncher } from './run-launcher';

runLauncher({ args: process.argv.slice(2), env: process.env, launcherDir: import.meta.dirname }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
