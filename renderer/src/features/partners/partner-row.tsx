import { useState } from 'react';
import { useAppStore } from '../../store/store-context';
import { Switch } from '../../components/switch';
import { waitingMeanings } from '../deliveries/delivery-words';
import { TestEventResult } from '../deliveries/test-event-result';
import { useTestEvent } from '../deliveries/use-test-event';
import { PartnerChartRow } from './partner-chart-row';
import { PartnerHealthLine } from './partner-health-line';
import { PartnerSigningLine } from './partner-signing-line';
import { PartnerStateLine } from './partner-state-line';

interface PartnerRowProps {
  id: string;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  /** Opens the rotate dialog (#14). */
  onRotate: (id: string) => void;
  /** Opens the question that ends a rotation's overlap now. */
  onEndOverlap: (id: string) => void;
  /** Opens "Send current state" (#14 point 3). */
  onResync: (id: string) => void;
  onError: (message: string) => void;
}

/** One partner in the list; reads only its own record so other rows don't re-render. */
export function PartnerRow({ id, onEdit, onDelete, onRotate, onEndOverlap, onResync, onError }: PartnerRowProps) {
  const partner = useAppStore((state) => state.partners.byId[id]);
  const setEnabled = useAppStore((state) => state.setPartnerEnabled);
  const holdPartner = useAppStore((state) => state.holdPartner);
  const releasePartner = useAppStore((state) => state.releasePartner);
  const sendPartnerTest = useAppStore((state) => state.sendPartnerTest);
  const test = useTestEvent(() => sendPartnerTest(id));
  const [chartOpen, setChartOpen] = useState(false);
  if (!partner) return null;

  const toggle = async (enabled: boolean): Promise<void> => {
    const result = await setEnabled(partner.id, enabled);
    if (!result.ok) onError(`Could not ${enabled ? 'enable' : 'disable'} “${partner.name}”: ${result.error.message}`);
  };
  const setHeld = async (held: boolean): Promise<void> => {
    const result = await (held ? holdPartner(partner.id) : releasePartner(partner.id));
    if (!result.ok) onError(`Could not ${held ? 'hold' : 'release'} “${partner.name}”: ${result.error.message}`);
  };
  const count = partner.eventTypes.length;
  const chartId = `partner-chart-${partner.id}`;

  return (
    <>
      <tr>
        <th scope="row">
          <span className="partner-name">{partner.name}</span>
          <span className="partner-url" title={partner.url}>
            {partner.url}
          </span>
          <span className="partner-meta">
            {partner.header.name ? `Header ${partner.header.name}` : 'No custom header'}
            {' · '}
            {partner.signingSecret.set
              ? 'Signed'
              : partner.signingSecret.unreadable
                ? 'Signing secret unreadable — held'
                : 'Unsigned'}
            {` · gives up after ${partner.timeoutSeconds} s · at most ${partner.rateLimitPerSecond} a second`}
          </span>
          <PartnerStateLine partner={partner} onRelease={() => void setHeld(false)} />
          <PartnerSigningLine partner={partner} onEndOverlap={() => onEndOverlap(id)} />
          <PartnerHealthLine id={partner.id} name={partner.name} held={partner.held} onFix={() => onEdit(id)} />
          {/* The last test's outcome, here where it was sent from (#9). */}
          <TestEventResult test={test} destinationName={partner.name} />
          {/* In the partner's cell, not among the actions: the row must stay as wide as before. */}
          <span className="partner-links">
            <button
              type="button"
              className="button-link"
              aria-expanded={chartOpen}
              aria-controls={chartOpen ? chartId : undefined}
              onClick={() => setChartOpen(!chartOpen)}
            >
              Health chart<span className="visually-hidden"> for {partner.name}</span>
            </button>
            {partner.signingSecret.set ? (
              <button type="button" className="button-link" onClick={() => onRotate(id)}>
                Rotate secret<span className="visually-hidden"> of {partner.name}</span>
              </button>
            ) : null}
            <button type="button" className="button-link" onClick={() => onResync(id)}>
              Send current state<span className="visually-hidden"> to {partner.name}</span>
            </button>
            {/* Hold keeps what happens meanwhile; Release is on the Held line, with the count (#14). */}
            {partner.enabled && !partner.held ? (
              <button
                type="button"
                className="button-link"
                title={waitingMeanings.held}
                onClick={() => void setHeld(true)}
              >
                Hold<span className="visually-hidden"> {partner.name}</span>
              </button>
            ) : null}
          </span>
        </th>
        <td>
          <span title={partner.eventTypes.join('\n')}>{count === 1 ? '1 event' : `${count} events`}</span>
        </td>
        <td>
          <Switch
            checked={partner.enabled}
            label={`${partner.name} enabled`}
            onChange={(enabled) => void toggle(enabled)}
          />
        </td>
        <td className="partner-actions">
          <button
            type="button"
            className="button button-quiet"
            aria-label={`Send test event to ${partner.name}`}
            disabled={test.sending}
            onClick={() => void test.send()}
          >
            Send test
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-label={`Edit ${partner.name}`}
            onClick={() => onEdit(id)}
          >
            Edit
          </button>
          <button
            type="button"
            className="button button-quiet button-danger-text"
            aria-label={`Delete ${partner.name}`}
            onClick={() => onDelete(id)}
          >
            Delete
          </button>
        </td>
      </tr>
      {chartOpen ? <PartnerChartRow id={chartId} partnerId={partner.id} name={partner.name} /> : null}
    </>
  );
}
