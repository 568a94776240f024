import { useStoreClock } from './use-store-clock';

interface StoreTimeTextProps {
  /** ISO 8601. */
  at: string;
  /** `moment` for what happened (to the second), `planned` for what will (to the minute). */
  kind?: 'moment' | 'planned';
  /** False in a table whose column header names the zone once. */
  zone?: boolean;
}

/**
 * A time in store time, as a `<time>` element. When the PC's clock differs, the
 * tooltip gives the same moment on the PC's clock, for the manager who wonders.
 */
export function StoreTimeText({ at, kind = 'moment', zone = true }: StoreTimeTextProps) {
  const clock = useStoreClock();
  const title = clock.showsZone ? `${clock.moment(at)}. On this PC: ${clock.onThisPc(at)}` : undefined;
  return (
    <time dateTime={at} title={title}>
      {kind === 'moment' ? clock.moment(at, { zone }) : clock.planned(at, { zone })}
    </time>
  );
}
