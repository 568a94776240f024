/**
 * A seeded random source (mulberry32) for tests that pick random moments, so a
 * failure can be replayed: the seed comes from `CRASH_SEED` when set, else is
 * drawn at random, and the test prints it.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The seed to use: `CRASH_SEED` to replay a run, otherwise a fresh one. */
export function crashSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = Number(env.CRASH_SEED);
  return Number.isInteger(given) && given > 0 ? given : Math.floor(Math.random() * 2 ** 31) + 1;
}

/** A whole number from `CRASH_KILLS` (the soak run raises it), else `fallback`. */
export function crashKills(fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const given = Number(env.CRASH_KILLS);
  return Number.isInteger(given) && given > 0 ? given : fallback;
}
