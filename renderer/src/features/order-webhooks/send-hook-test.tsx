import { useState } from 'react';
import type { OrderHookKind } from '../../../../shared/domain/order-hooks';
import { useAppStore } from '../../store/store-context';

interface SendHookTestProps {
  kind: OrderHookKind;
  label: string;
  /** Why a test cannot go now, or null when it can. */
  disabledReason: string | null;
}

/** "Send test event" for one hook: a webhook.test through the queue, with the saved URL and Request Header. */
export function SendHookTest({ kind, label, disabledReason }: SendHookTestProps) {
  const send = useAppStore((state) => state.sendHookTest);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const test = async (): Promise<void> => {
    const result = await send(kind);
    setSaid(
      result.ok
        ? { ok: true, text: 'Test event queued — follow it in Deliveries.' }
        : { ok: false, text: `Could not send a test event: ${result.error.message}` },
    );
  };
  return (
    <div className="hook-test">
      <button
        type="button"
        className="button"
        aria-label={`Send test event to ${label}`}
        disabled={disabledReason !== null}
        onClick={() => void test()}
      >
        Send test event
      </button>
      <span className={said && !said.ok ? 'inline-message inline-message-error' : 'settings-note'} role="status">
        {disabledReason ?? said?.text ?? ''}
      </span>
    </div>
  );
}
