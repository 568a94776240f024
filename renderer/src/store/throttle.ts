/**
 * Runs `run` at once, then at most once per `everyMs`: calls in between are
 * folded into one trailing run, so the last change is never missed.
 */
export function throttle(run: () => void, everyMs: number): { (): void; cancel: () => void } {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = (): void => {
    timer = null;
    last = Date.now();
    run();
  };
  const throttled = (): void => {
    if (timer !== null) return;
    const wait = last + everyMs - Date.now();
    if (wait <= 0) fire();
    else timer = setTimeout(fire, wait);
  };
  throttled.cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return throttled;
}
