import { useId, useState } from 'react';
import { Link } from 'react-router';
import { eventTypeTitles, type EventType } from '../../../../shared/domain/event-types';
import type { PartnerView } from '../../../../shared/domain/partners';
import { useAppStore } from '../../store/store-context';
import { TestEventResult } from '../deliveries/test-event-result';
import { useTestEvent } from '../deliveries/use-test-event';
import { exampleInput, exampleTargets, testInboxChoice, type ExampleTargetChoice } from './example-targets';

interface SendExampleProps {
  type: EventType;
  partners: readonly PartnerView[];
}

/**
 * "Send this example to…": the Test Inbox, a partner subscribed to the event, or
 * — once the operator confirms — one that is not. It goes through the queue like
 * any webhook, and how it went shows right here, as "Send test event" does.
 */
export function SendExample({ type, partners }: SendExampleProps) {
  const id = useId();
  const title = eventTypeTitles[type];
  const sendExample = useAppStore((state) => state.sendEventExample);
  const targets = exampleTargets(type, partners);
  const [chosen, setChosen] = useState(testInboxChoice.value);
  const [confirmed, setConfirmed] = useState(false);
  const [sentTo, setSentTo] = useState<ExampleTargetChoice>(testInboxChoice);
  // A partner deleted or disabled meanwhile falls back to the Test Inbox rather than to nothing.
  const target = targets.find((t) => t.value === chosen && t.kind !== 'disabled') ?? testInboxChoice;
  const test = useTestEvent(() => {
    setSentTo(target);
    return sendExample(exampleInput(type, target, confirmed));
  }, 'Example');
  const needsConfirm = target.kind === 'unsubscribed';
  const of = (kind: ExampleTargetChoice['kind']): ExampleTargetChoice[] => targets.filter((t) => t.kind === kind);
  const groups = [
    { kind: 'subscribed', label: `Subscribed to “${title}”`, choices: of('subscribed') },
    { kind: 'unsubscribed', label: 'Not subscribed (asks first)', choices: of('unsubscribed') },
    { kind: 'disabled', label: 'Disabled (enable on Partners to send)', choices: of('disabled') },
  ] as const;

  return (
    <div className="send-example">
      <div className="send-example-controls">
        <label htmlFor={`${id}-to`} className="send-example-label">
          Send this example to<span className="visually-hidden"> ({title})</span>
        </label>
        <select
          id={`${id}-to`}
          className="input send-example-select"
          value={target.value}
          onChange={(event) => {
            setChosen(event.target.value);
            setConfirmed(false);
          }}
        >
          <option value={testInboxChoice.value}>Test Inbox (in this app)</option>
          {groups.map((group) =>
            group.choices.length === 0 ? null : (
              <optgroup key={group.kind} label={group.label}>
                {group.choices.map((choice) => (
                  <option key={choice.value} value={choice.value} disabled={choice.kind === 'disabled'}>
                    {choice.name}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
        <button
          type="button"
          className="button"
          disabled={test.sending || (needsConfirm && !confirmed)}
          onClick={() => void test.send()}
        >
          Send<span className="visually-hidden"> the {title} example</span>
        </button>
      </div>
      {needsConfirm ? (
        <label className="send-example-confirm">
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          <span>
            Send it anyway: {target.name} does not subscribe to “{title}”, and its system may take the example for a
            real one.
          </span>
        </label>
      ) : null}
      <TestEventResult test={test} destinationName={sentTo.name} />
      {sentTo.kind === 'testInbox' && test.deliveryId !== null ? (
        <Link to="/hub/inbox" className="send-example-inbox-link">
          See what arrived in the Test Inbox
        </Link>
      ) : null}
    </div>
  );
}
