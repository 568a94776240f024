// `npm run soak`: the crash tests of `npm test`, many times longer. Each runs
// with its own number of SIGKILLs (CRASH_KILLS); pass CRASH_SEED to replay a run.
import { spawnSync } from 'node:child_process';

const runs = [
  ['test/integration/crash/settings-crash.test.ts', 1000],
  ['test/integration/crash/crash-safety.test.ts', 200],
];

let failed = false;
for (const [file, kills] of runs) {
  console.log(`\n=== ${file}: ${kills} SIGKILLs`);
  const { status } = spawnSync('npx', ['vitest', 'run', file], {
    stdio: 'inherit',
    env: { ...process.env, CRASH_KILLS: String(kills) },
  });
  failed ||= status !== 0;
}
process.exit(failed ? 1 : 0);
