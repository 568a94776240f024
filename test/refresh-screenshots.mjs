// `npm run screenshots`: refreshes the README's images in test/e2e/screenshots/ by running
// the tests tagged @readme with README_SCREENSHOTS=1 (under `npm test` the same tests write
// their images to test-results/ instead, and change no tracked file).
import { spawnSync } from 'node:child_process';

const { status } = spawnSync('npx', ['playwright', 'test', '--grep', '@readme'], {
  stdio: 'inherit',
  env: { ...process.env, README_SCREENSHOTS: '1' },
  // npx is npx.cmd on Windows, which only a shell runs.
  shell: process.platform === 'win32',
});
process.exit(status ?? 1);
