import { useId } from 'react';
import { orderHookLabels, type OrderHook, type OrderHookKind } from '../../../../shared/domain/order-hooks';
import { Switch } from '../../components/switch';
import { TextField } from '../../components/text-field';
import { UseTestInboxButton } from '../inbox/use-test-inbox-button';
import { HookHealthLine } from './hook-health-line';
import { SendHookTest } from './send-hook-test';

/** When each hook fires, in the seed's words (brief §3). */
const hookHelp: Record<OrderHookKind, string> = {
  openOrder:
    'Fired when a customer places an order through online ordering (OLO). The check information is sent as JSON.',
  updateOrder: 'Fired on any change to a check, such as adding an item or changing the table.',
  closeOrder: 'Fired when a check is closed; the closed check’s information is sent.',
};

interface HookSectionProps {
  kind: OrderHookKind;
  hook: OrderHook;
  /** The URL as saved: a test event goes to the saved settings, never to unsaved edits. */
  savedUrl: string;
  /** Unsaved edits on the page. */
  dirty: boolean;
  urlError: string | undefined;
  onChange: (hook: OrderHook) => void;
  touchUrl: () => void;
}

/** One of Open / Update / Close Order Web Hooks: a URL and an Enabled YES/NO switch. */
export function HookSection({ kind, hook, savedUrl, dirty, urlError, onChange, touchUrl }: HookSectionProps) {
  const headingId = useId();
  const enabledLabelId = useId();
  const helpId = useId();
  const label = orderHookLabels[kind];
  return (
    <section className="card settings-group" role="group" aria-labelledby={headingId} aria-describedby={helpId}>
      <div className="settings-group-head">
        <h2 id={headingId}>{label}</h2>
        <p id={helpId}>{hookHelp[kind]}</p>
      </div>
      <div className="settings-row">
        <TextField
          label="URL"
          labelPrefixId={headingId}
          type="url"
          inputMode="url"
          value={hook.url}
          onChange={(url) => onChange({ ...hook, url })}
          onBlur={touchUrl}
          error={urlError}
          placeholder="https://partner.example.com/webhooks/orders"
        />
        <div className="switch-field">
          <span id={enabledLabelId} className="field-label">
            Enabled
          </span>
          <Switch
            checked={hook.enabled}
            labelledBy={`${headingId} ${enabledLabelId}`}
            onChange={(enabled) => {
              onChange({ ...hook, enabled });
              // Turning a hook on with no URL is an error worth showing at once.
              touchUrl();
            }}
          />
        </div>
      </div>
      {/* The seed's warning, where it matters: a URL is filled in but nothing goes to it. */}
      {!hook.enabled && hook.url !== '' ? (
        <p className="settings-note">Enabled is NO: nothing is sent, even though a URL is filled in.</p>
      ) : null}
      <HookHealthLine kind={kind} />
      <div className="hook-actions">
        <UseTestInboxButton
          target={label}
          onUse={(url) => {
            onChange({ ...hook, url });
            touchUrl();
          }}
        />
        <SendHookTest
          kind={kind}
          label={label}
          disabledReason={savedUrl === '' ? 'Save a URL first.' : dirty ? 'Save your changes first.' : null}
        />
      </div>
    </section>
  );
}
