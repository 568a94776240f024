// The results writer thread from the TypeScript source, for tests and the bench
// (the app starts the built `record-writer.js`): tsx compiles it in the thread.
import { register } from 'tsx/esm/api';

register();
await import('../../electron/core/engine/record-writer-thread.ts');
