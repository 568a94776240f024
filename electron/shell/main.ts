/**
 * Entry of the Electron main process (built to out/main/index.js). Only hands the
 * real process values to the composition in `start-shell.ts`, which is tested.
 */
import { startShell } from './start-shell';

startShell({ argv: process.argv, env: process.env, builtDir: import.meta.dirname });
