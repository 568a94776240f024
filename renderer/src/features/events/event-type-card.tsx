import { useId, useState } from 'react';
import { eventTypeDescriptions, eventTypeTitles, type EventType } from '../../../../shared/domain/event-types';
import type { PartnerView } from '../../../../shared/domain/partners';
import { eventExamples } from '../../../../shared/events/event-examples';
import { JsonBlock } from '../../components/json-block';
import { eventSchemas } from './event-schemas';
import { eventCarries } from './event-words';
import { subscribersOf } from './example-targets';
import { SendExample } from './send-example';

interface EventTypeCardProps {
  type: EventType;
  partners: readonly PartnerView[];
  /** False until the partners have loaded: "who subscribes" is not known yet. */
  partnersReady: boolean;
}

type View = 'schema' | 'example';

/** "Acme, Deliveroo (disabled)": who asked for this event, as a sentence. */
function subscribersText(type: EventType, partners: readonly PartnerView[], ready: boolean): string {
  if (!ready) return 'Checking…';
  const subscribers = subscribersOf(type, partners);
  if (subscribers.length === 0) return 'No partner subscribes to it.';
  return subscribers.map((p) => (p.enabled ? p.name : `${p.name} (disabled)`)).join(', ');
}

/**
 * One event type of the catalog: its words first and its code second, when it is
 * sent, what it carries and who subscribes, its JSON Schema and example on demand,
 * and "Send this example to…".
 */
export function EventTypeCard({ type, partners, partnersReady }: EventTypeCardProps) {
  const id = useId();
  const title = eventTypeTitles[type];
  const [open, setOpen] = useState<Record<View, boolean>>({ schema: false, example: false });
  const toggle = (view: View): void => setOpen((current) => ({ ...current, [view]: !current[view] }));
  const viewId = (view: View): string => `${id}-${view}`;

  const toggleButton = (view: View, words: string) => (
    <button
      type="button"
      className="button button-quiet event-view-toggle"
      aria-expanded={open[view]}
      aria-controls={open[view] ? viewId(view) : undefined}
      onClick={() => toggle(view)}
    >
      <span className="event-view-chevron" aria-hidden="true">
        {open[view] ? '▾' : '▸'}
      </span>
      {words}
      <span className="visually-hidden"> of {title}</span>
    </button>
  );

  return (
    <article className="card event-type" aria-labelledby={`${id}-title`}>
      <header className="event-type-head">
        <h3 id={`${id}-title`} className="event-type-title">
          {title}
        </h3>
        <code className="event-type-code">{type}</code>
      </header>
      <p className="event-type-when">{eventTypeDescriptions[type]}.</p>
      <dl className="event-type-facts">
        <div>
          <dt>Carries</dt>
          <dd>{eventCarries[type]}</dd>
        </div>
        <div>
          <dt>Partners subscribed</dt>
          <dd>{subscribersText(type, partners, partnersReady)}</dd>
        </div>
      </dl>
      <div className="event-view-toggles">
        {toggleButton('schema', 'JSON Schema')}
        {toggleButton('example', 'Example')}
      </div>
      {open.schema ? (
        <div id={viewId('schema')} className="event-view">
          <JsonBlock
            text={JSON.stringify(eventSchemas[type], null, 2)}
            label={`JSON Schema of ${type}`}
            copy="Copy schema"
            copyName={`Copy schema of ${title}`}
            caption={
              <>
                <code>{type}.schema.json</code> · JSON Schema draft 2020-12. Fields may be added later, so extra fields
                are allowed.
              </>
            }
          />
        </div>
      ) : null}
      {open.example ? (
        <div id={viewId('example')} className="event-view">
          <JsonBlock
            text={JSON.stringify(eventExamples[type], null, 2)}
            label={`Example of ${type}`}
            copy="Copy example"
            copyName={`Copy example of ${title}`}
            caption={
              <>
                <code>{type}.json</code> · Sent from here it gets a new <code>id</code>, time and <code>sequence</code>,
                and <code>&quot;example&quot;: true</code>.
              </>
            }
          />
        </div>
      ) : null}
      <SendExample type={type} partners={partners} />
    </article>
  );
}
