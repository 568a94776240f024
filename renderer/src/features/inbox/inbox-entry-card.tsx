import type { InboxEntry } from '../../../../shared/domain/inbox';
import { StoreTimeText } from '../../time/store-time-text';

const signatureWords: Record<InboxEntry['signature'], string> = {
  valid: 'Valid signature',
  invalid: 'Invalid signature',
  unsigned: 'Unsigned',
};

function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** One request the inbox received: when, whether its signature verifies, headers and body. */
export function InboxEntryCard({ entry }: { entry: InboxEntry }) {
  const type = /"type"\s*:\s*"([^"]+)"/.exec(entry.body)?.[1];
  return (
    <article className="card inbox-entry" aria-label={`Request ${entry.id}${type ? `: ${type}` : ''}`}>
      <header className="inbox-entry-head">
        <span className="inbox-entry-title">{type ?? `${entry.method} ${entry.path}`}</span>
        <span className={`inbox-signature inbox-signature-${entry.signature}`}>
          {signatureWords[entry.signature]}
          {entry.verifiedFor ? ` (${entry.verifiedFor})` : ''}
        </span>
        <span className="inbox-entry-time">
          <StoreTimeText at={entry.receivedAt} />
        </span>
      </header>
      <details>
        <summary>Headers</summary>
        <dl className="inbox-headers">
          {Object.entries(entry.headers).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
      {/* Focusable: a long body scrolls inside its box, and the keyboard must be able to scroll it too. */}
      <pre className="inbox-body" tabIndex={0}>
        {prettyBody(entry.body)}
      </pre>
    </article>
  );
}
