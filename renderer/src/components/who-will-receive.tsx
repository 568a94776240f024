import { useEffect } from 'react';
import type { OrderSource } from '../../../shared/domain/checks';
import type { EventType } from '../../../shared/domain/event-types';
import { recipientsKey } from '../store/recipients-slice';
import { useAppStore } from '../store/store-context';
import './who-will-receive.css';

interface WhoWillReceiveProps {
  /** The events the save beside this emits; a module-level constant, so the question is asked once. */
  eventTypes: readonly EventType[];
  orderSource?: OrderSource;
}

/** "a, b and c": names read as a sentence, not a list of ids. */
function sentence(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/**
 * Beside Save: the partners and order hooks this save will notify, from the
 * core's own router (`routing.preview`), so what it says is what the outbox does.
 * The answer is refreshed whenever partners or order hooks change.
 */
export function WhoWillReceive({ eventTypes, orderSource }: WhoWillReceiveProps) {
  const key = recipientsKey(eventTypes, orderSource);
  const answer = useAppStore((state) => state.recipients[key]);
  const load = useAppStore((state) => state.loadRecipients);
  useEffect(() => {
    void load(eventTypes, orderSource);
  }, [eventTypes, orderSource, load]);

  const names = answer?.destinations?.map((destination) => destination.name) ?? null;
  let text: string;
  if (answer?.error && !names) text = `Could not tell who will be notified: ${answer.error}`;
  else if (names === null) text = 'Checking who will be notified…';
  else if (names.length === 0) text = 'No partner will be notified.';
  else text = `${sentence(names)} will be notified.`;
  return (
    <p className="who-will-receive" role="note" aria-label="Who will receive this">
      <span className="who-will-receive-label">Who will receive this:</span>{' '}
      <span className={names && names.length > 0 ? 'who-will-receive-names' : undefined}>{text}</span>
    </p>
  );
}
