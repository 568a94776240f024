import './who-will-receive.css';

interface WhoWillReceiveProps {
  /** Partner and order-hook names the core routes these changes to; null while asking. */
  names: readonly string[] | null;
  error: string | null;
}

/** "a, b and c" — names read as a sentence, not a list of ids. */
function sentence(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/**
 * Beside Save: the partners and hooks this save will notify, from the core's own
 * routing (`routing.preview`), so what it says is what the outbox will do.
 */
export function WhoWillReceive({ names, error }: WhoWillReceiveProps) {
  let text: string;
  if (error) text = `Could not tell who will be notified: ${error}`;
  else if (names === null) text = 'Checking who will be notified…';
  else if (names.length === 0) text = 'No partner will be notified.';
  else text = `${sentence(names)} will be notified.`;
  return (
    <p className="who-will-receive" aria-label="Who will receive this" role="note">
      <span className="who-will-receive-label" aria-hidden="true">
        Who will receive this:
      </span>{' '}
      <span className={names && names.length > 0 ? 'who-will-receive-names' : undefined}>{text}</span>
    </p>
  );
}
