// Runs every check `npm test` stands for, in order, and ends with one plain
// summary line ("N passed, N failed") counted from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['format', 'npm', ['run', '-s', 'format:check']],
  [
    'unit and integration tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/unit.json`],
  ],
  ['build', 'npm', ['run', '-s', 'build']],
  [
    'built app tests (boot against a stand-in Electron, packaging)',
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'vitest.built.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/built.json`,
    ],
  ],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

let failedStep = null;
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    failedStep = name;
    console.error(`\n${name} failed (exit ${status}).`);
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
const unitOnly = count(`${reports}/unit.json`, vitestCounts);
const built = count(`${reports}/built.json`, vitestCounts);
const unit = {
  passed: unitOnly.passed + built.passed,
  failed: unitOnly.failed + built.failed,
  skipped: unitOnly.skipped + built.skipped,
};
const e2e = count(`${reports}/e2e.json`, (r) => ({
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
