import type { OrderHookKind } from '../../../../shared/domain/order-hooks';
import { useAppStore } from '../../store/store-context';
import { TestEventResult } from '../deliveries/test-event-result';
import { useTestEvent } from '../deliveries/use-test-event';

interface SendHookTestProps {
  kind: OrderHookKind;
  label: string;
  /** Why a test cannot go now, or null when it can. */
  disabledReason: string | null;
}

/**
 * "Send test event" for one hook: a webhook.test through the queue, with the
 * saved URL and Request Header, and how it went shown right beside it.
 */
export function SendHookTest({ kind, label, disabledReason }: SendHookTestProps) {
  const sendHookTest = useAppStore((state) => state.sendHookTest);
  const test = useTestEvent(() => sendHookTest(kind));
  return (
    <div className="hook-test">
      <button
        type="button"
        className="button"
        aria-label={`Send test event to ${label}`}
        disabled={disabledReason !== null || test.sending}
        onClick={() => void test.send()}
      >
        Send test event
      </button>
      {disabledReason ? (
        <span className="settings-note">{disabledReason}</span>
      ) : (
        <TestEventResult test={test} destinationName={label} />
      )}
    </div>
  );
}
