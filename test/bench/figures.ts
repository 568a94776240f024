/** The value at percentile `p` (0–100) of an ascending list; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** One figure as one JSON line on stdout, with its target and whether it was met (reported, never asserted). */
export function report(name: string, value: number, unit: string, target: string, pass: boolean): void {
  process.stdout.write(`${JSON.stringify({ name, value: Number(value.toFixed(3)), unit, target, pass })}\n`);
}
