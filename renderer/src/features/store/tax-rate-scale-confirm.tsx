import type { EventType } from '../../../../shared/domain/event-types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { WhoWillReceive } from '../../components/who-will-receive';
import type { ScaleChange } from '../../forms/scale-change';

const storeEvents: readonly EventType[] = ['store.updated'];

interface TaxRateScaleConfirmProps {
  /** Basis points, as stored: 1900 is 19 %. */
  oldBps: number;
  nextBps: number;
  change: ScaleChange;
  locale: string;
  onConfirm: () => Promise<string | null>;
  /** Cancel: nothing is saved, the typed rate stays for fixing. */
  onClose: () => void;
}

function howMuch(change: ScaleChange): string {
  switch (change.kind) {
    case 'up':
      return `${Math.round(change.factor)} times the current rate`;
    case 'down':
      return `1/${Math.round(change.factor)} of the current rate`;
    case 'to-zero':
      return 'no tax at all';
    case 'from-zero':
      return 'a tax where there was none';
  }
}

/**
 * Asks before the tax rate changes scale (#9): "190" typed for 19 %, or a decimal mark
 * read the other way, puts a wrong tax on every check from then on and every partner
 * hears the store changed. Same rule as prices (forms/scale-change.ts).
 */
export function TaxRateScaleConfirm({ oldBps, nextBps, change, locale, onConfirm, onClose }: TaxRateScaleConfirmProps) {
  // The locale's own percent: "19%" in en-US, "19 %" in de-DE.
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const from = percent.format(oldBps / 10_000);
  const to = percent.format(nextBps / 10_000);
  return (
    <ConfirmDialog
      title={`Change the tax rate from ${from} to ${to}?`}
      description={
        <>
          <p>
            That is {howMuch(change)}. Every check from now on is taxed at {to}.
          </p>
          <WhoWillReceive eventTypes={storeEvents} />
        </>
      }
      confirmLabel={`Save with ${to}`}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
