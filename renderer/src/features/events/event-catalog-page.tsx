import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { eventTypes } from '../../../../shared/domain/event-types';
import { PageHeader } from '../../components/page-header';
import { useAppStore } from '../../store/store-context';
import { EventTypeCard } from './event-type-card';
import { eventGroups } from './event-words';
import './event-catalog-page.css';

/**
 * Integration Hub → Event Catalog (brief §5): every event type partners can
 * receive, with its JSON Schema and example, and "Send this example to…" a
 * partner or the Test Inbox.
 */
export function EventCatalogPage() {
  const partners = useAppStore(
    useShallow((state) => state.partners.ids.flatMap((id) => state.partners.byId[id] ?? [])),
  );
  const { loadState, error } = useAppStore(
    useShallow((state) => ({ loadState: state.partners.loadState, error: state.partners.error })),
  );
  const load = useAppStore((state) => state.loadPartners);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        section="Integration Hub"
        title="Event Catalog"
        description="Every webhook partners can receive: when it is sent, what it carries, its JSON Schema and an example. Send an example to a partner or to the Test Inbox to see exactly what arrives."
      />
      <div className="page-body">
        <div className="card card-padded event-catalog-intro">
          <p>
            Each webhook is a JSON envelope — <code>id</code>, <code>type</code>, <code>timestamp</code>,{' '}
            <code>store_id</code>, <code>sequence</code> and <code>data</code> — sent as a <code>POST</code>, signed
            when the partner has a signing secret.
          </p>
          <p>
            An example sent from here goes through the queue like any webhook and shows in Deliveries. It gets a new{' '}
            <code>id</code> and time and carries <code>&quot;example&quot;: true</code>, so the partner can tell it is
            not a real order or change.
          </p>
        </div>
        {loadState === 'failed' ? (
          <div className="inline-message inline-message-error event-catalog-partners-error" role="alert">
            <span>Could not load the partners: {error} Examples can still go to the Test Inbox.</span>
            <button type="button" className="button" onClick={() => void load()}>
              Try again
            </button>
          </div>
        ) : null}
        {eventGroups.map((group) => (
          <section key={group.prefix} className="event-group" aria-labelledby={`event-group-${group.prefix}`}>
            <h2 id={`event-group-${group.prefix}`} className="event-group-title">
              {group.title}
            </h2>
            {eventTypes
              .filter((type) => type.startsWith(group.prefix))
              .map((type) => (
                <EventTypeCard key={type} type={type} partners={partners} partnersReady={loadState === 'ready'} />
              ))}
          </section>
        ))}
      </div>
    </>
  );
}
