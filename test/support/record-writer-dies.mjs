// A results writer thread that dies on its first batch, before writing it — what
// a crash of that thread (out of memory, a native fault) looks like to the core.
import { parentPort } from 'node:worker_threads';

parentPort?.once('message', () => process.exit(7));
