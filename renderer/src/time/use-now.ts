import { useEffect, useState } from 'react';

/**
 * The time now, renewed every `everyMs`: for what depends on the clock
 * ("today", an offer that lapses at closing) without reading it during render.
 */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
