/**
 * `node --import ./register.ts out/main/index.js`: resolves `electron` — for the
 * built main bundle, electron-store inside it, and the preload's `require` — to
 * the recording stand-in next to this file. Everything else resolves as usual.
 */
import { registerHooks } from 'node:module';

const standIn = new URL('./electron.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: standIn, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
