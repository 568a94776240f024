import { useState } from 'react';

/** The exact JSON sent, pretty-printed, with a Copy button for pasting into a partner's ticket. */
export function PayloadView({ payload }: { payload: string | null }) {
  const [copied, setCopied] = useState(false);
  if (payload === null) return <p className="detail-empty">The payload was pruned after the retention period.</p>;
  let pretty = payload;
  try {
    pretty = JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    // Shown as sent: the operator still needs to see a malformed body.
  }
  const copy = async (): Promise<void> => {
    await navigator.clipboard.writeText(pretty);
    setCopied(true);
  };
  return (
    <div className="payload">
      <button type="button" className="button button-small payload-copy" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy payload'}
      </button>
      <pre className="payload-json" aria-label="Payload" tabIndex={0}>
        {pretty}
      </pre>
    </div>
  );
}
