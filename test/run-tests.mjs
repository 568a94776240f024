// Runs every check `npm test` stands for, in order, and ends with one plain
// summary line ("N passed, N failed") counted from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chooseBrowser, missingBrowserAdvice, realBrowserProbe } from './support/browser-choice.ts';
import { npmInvocation, npxInvocation } from './support/npm-invocation.ts';

const context = { platform: process.platform, env: process.env, execPath: process.execPath };
const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** Runs an invocation with the terminal attached; true when it exited 0. */
function run({ command, args, shell }) {
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', shell });
  if (error) console.error(`Could not start ${command}: ${error.message}`);
  return status === 0;
}

/**
 * A Chromium for Playwright: found, or installed by Playwright when none is (it
 * downloads, so this works wherever the internet is reachable); the Playwright
 * config then picks the same one.
 */
function ensureBrowser() {
  let choice = chooseBrowser(realBrowserProbe());
  if (!choice.found && !choice.problem) {
    console.log("No Chrome or Chromium found; installing Playwright's Chromium (npx playwright install chromium).");
    run(npxInvocation('playwright', ['install', 'chromium'], context));
    choice = chooseBrowser(realBrowserProbe());
  }
  if (choice.found) {
    console.log(`Browser for the end-to-end tests (${choice.source}): ${choice.executablePath}`);
    return true;
  }
  console.error(`\n${missingBrowserAdvice(process.platform, choice.problem)}`);
  return false;
}

const steps = [
  ['typecheck', () => run(npmInvocation(['run', '-s', 'typecheck'], context))],
  ['lint', () => run(npmInvocation(['run', '-s', 'lint'], context))],
  ['format', () => run(npmInvocation(['run', '-s', 'format:check'], context))],
  [
    'unit and integration tests',
    () =>
      run(
        npxInvocation(
          'vitest',
          ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'unit.json')}`],
          context,
        ),
      ),
  ],
  ['build', () => run(npmInvocation(['run', '-s', 'build'], context))],
  [
    'built app tests (boot against a stand-in Electron, packaging)',
    () =>
      run(
        npxInvocation(
          'vitest',
          [
            'run',
            '--config',
            'vitest.built.config.ts',
            '--reporter=default',
            '--reporter=json',
            `--outputFile.json=${join(reports, 'built.json')}`,
          ],
          context,
        ),
      ),
  ],
  ['browser', ensureBrowser],
  ['end-to-end tests', () => run(npxInvocation('playwright', ['test'], context))],
];

let failedStep = null;
for (const [name, step] of steps) {
  console.log(`\n=== ${name}`);
  if (!step()) {
    failedStep = name;
    console.error(`\n${name} failed.`);
    break;
  }
}

function count(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  return read(JSON.parse(readFileSync(file, 'utf8')));
}

const vitestCounts = (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
});
const unitOnly = count(join(reports, 'unit.json'), vitestCounts);
const built = count(join(reports, 'built.json'), vitestCounts);
const unit = {
  passed: unitOnly.passed + built.passed,
  failed: unitOnly.failed + built.failed,
  skipped: unitOnly.skipped + built.skipped,
};
const e2e = count(join(reports, 'e2e.json'), (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
  skipped: r.stats.skipped,
}));
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + (failedStep && unit.failed + e2e.failed === 0 ? 1 : 0);
const skipped = unit.skipped + e2e.skipped;
console.log(
  `\nunit+integration+built: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedStep ? 1 : 0);
