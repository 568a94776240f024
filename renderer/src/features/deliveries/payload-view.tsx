import { JsonBlock } from '../../components/json-block';

/** The exact JSON sent, pretty-printed, with a Copy button for pasting into a partner's ticket. */
export function PayloadView({ payload }: { payload: string | null }) {
  if (payload === null) return <p className="detail-empty">The payload was pruned after the retention period.</p>;
  let pretty = payload;
  try {
    pretty = JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    // Shown as sent: the operator still needs to see a malformed body.
  }
  return <JsonBlock text={pretty} label="Payload" copy="Copy payload" />;
}
