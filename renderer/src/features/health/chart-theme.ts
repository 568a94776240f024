import { useSyncExternalStore } from 'react';

/** The theme colours the chart draws with; a canvas cannot read CSS variables itself. */
export interface ChartColors {
  rate: string;
  p50: string;
  p95: string;
  axis: string;
  grid: string;
  font: string;
}

/** Reads the current theme's variables (light or dark) from the page's styles. */
export function readChartColors(element: Element): ChartColors {
  const style = getComputedStyle(element);
  const css = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    rate: css('--success', '#12805c'),
    p50: css('--accent', '#4f46e5'),
    p95: css('--warning-text', '#8a5300'),
    axis: css('--text-muted', '#5b6275'),
    grid: css('--border', '#e3e6ec'),
    font: `11px ${css('--font-sans', 'sans-serif')}`,
  };
}

const darkQuery = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** 'dark' or 'light', following the OS while the app is open, so charts redraw in the new colours. */
export function useColorScheme(): 'dark' | 'light' {
  return useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(darkQuery).matches ? 'dark' : 'light'),
    () => 'light',
  );
}
