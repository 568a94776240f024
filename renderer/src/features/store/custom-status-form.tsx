import { useState } from 'react';
import { busyDelayRange, type StoreView } from '../../../../shared/domain/store';
import { ErrorAlert } from '../../components/error-alert';
import { RadioGroup } from '../../components/radio-group';
import { TextField } from '../../components/text-field';
import { useTouched } from '../../forms/use-touched';
import { StoreTimeInput } from '../../time/store-time-input';
import { useNow } from '../../time/use-now';
import { useStoreClock } from '../../time/use-store-clock';
import { readStatusDraft, statusDraftFrom, type StatusDraft, type StoreState } from './status-draft';
import { useSetStoreStatus } from './use-set-store-status';

/** Any status the one-click actions do not cover: another delay, a pause until a chosen time, closed. */
export function CustomStatusForm({ view, onDone }: { view: StoreView; onDone: () => void }) {
  const clock = useStoreClock();
  const [draft, setDraft] = useState<StatusDraft>(() => statusDraftFrom(view.status, clock, Date.now()));
  const { touched, touch } = useTouched();
  const { set, pending, error } = useSetStoreStatus();
  const now = useNow();
  const reading = readStatusDraft(draft, clock, now);
  const errors = reading.ok ? {} : reading.errors;
  const edit = (patch: Partial<StatusDraft>): void => setDraft((previous) => ({ ...previous, ...patch }));

  const submit = async (): Promise<void> => {
    // Judged again at the click: a pause end that was ahead when typed may have passed.
    const fresh = readStatusDraft(draft, clock, Date.now());
    if (!fresh.ok) {
      touch('delayMinutes', 'until');
      return;
    }
    if (await set(fresh.status)) onDone();
  };

  return (
    <div className="custom-status">
      <RadioGroup<StoreState>
        legend="Set another status"
        value={draft.state}
        onChange={(state) => edit({ state })}
        options={[
          { value: 'open', label: 'Open', hint: 'Taking orders as usual.' },
          {
            value: 'busy',
            label: 'Busy',
            hint: 'Taking orders, with extra time added to every quoted time.',
            extra: (
              <TextField
                label="Extra wait (minutes)"
                value={draft.delayMinutes}
                onChange={(delayMinutes) => edit({ delayMinutes })}
                onBlur={() => touch('delayMinutes')}
                error={touched.has('delayMinutes') ? errors.delayMinutes : undefined}
                inputMode="numeric"
                width="short"
                hint={`${busyDelayRange.min}–${busyDelayRange.max} minutes.`}
              />
            ),
          },
          {
            value: 'paused',
            label: 'Paused',
            hint: 'No online orders until the time you choose.',
            extra: (
              <StoreTimeInput
                label="Paused until"
                className="field field-short"
                value={draft.pausedUntil}
                onChange={(pausedUntil) => edit({ pausedUntil })}
                onBlur={() => touch('until')}
                error={touched.has('until') ? errors.until : undefined}
              />
            ),
          },
          { value: 'closed', label: 'Closed', hint: 'Not taking orders.' },
        ]}
      />
      <ErrorAlert message={error} />
      <div className="custom-status-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={pending || !reading.ok}
          onClick={() => void submit()}
        >
          Set status
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}
