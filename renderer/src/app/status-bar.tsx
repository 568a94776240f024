import { Fragment } from 'react';
import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import type { SystemStatus } from '../../../shared/domain/app-info';
import { paramsFromFilter } from '../features/deliveries/filter-params';
import { undeliveredTo } from '../features/failing/fix-paths';
import { useAppStore } from '../store/store-context';
import './status-bar.css';

/** What will be sent, then — apart, since they wait for someone — what waits for disabled or paused partners. */
function queuedText({ queued, held }: SystemStatus): string {
  const will =
    queued === 0
      ? 'No webhooks queued'
      : queued === 1
        ? '1 webhook queued'
        : `${queued.toLocaleString()} webhooks queued`;
  return held === 0 ? will : `${will} · ${held.toLocaleString()} waiting for disabled or paused partners`;
}

/** The log narrowed to what is kept for one held partner. */
const heldFor = (destinationId: string): string =>
  `/deliveries?${paramsFromFilter({ states: ['held'], destinationIds: [destinationId] }).toString()}`;

/**
 * Always visible: what the core says about the network, the queue and failing
 * partners. Before the first answer it says so rather than guessing.
 */
export function StatusBar() {
  const { status, link, version, mode } = useAppStore(
    useShallow((state) => ({
      status: state.app.status,
      link: state.app.link,
      version: state.app.info?.version,
      mode: state.app.info?.mode,
    })),
  );
  const failing = status?.failingPartners ?? [];
  const held = status?.heldPartners ?? [];

  return (
    <footer className="status-bar" role="status" aria-label="System status">
      {link === 'reconnecting' ? (
        <span className="status-item status-warning">
          <span className="status-dot" aria-hidden="true" />
          Lost contact with the Integration Hub — reconnecting…
        </span>
      ) : status ? (
        <span className={`status-item ${status.online ? 'status-good' : 'status-warning'}`}>
          <span className="status-dot" aria-hidden="true" />
          {status.online ? 'Online' : 'Offline — webhooks wait in the queue'}
        </span>
      ) : (
        <span className="status-item">Checking connection…</span>
      )}
      {status ? <span className="status-item">{queuedText(status)}</span> : null}
      {status ? (
        <span className={`status-item ${failing.length > 0 ? 'status-bad' : ''}`}>
          {failing.length > 0 ? (
            // Each failing partner leads to its undelivered webhooks.
            <span>
              Failing:{' '}
              {failing.map((destination, index) => (
                <Fragment key={destination.id}>
                  {index > 0 ? ', ' : null}
                  <Link to={undeliveredTo(destination.id)} aria-label={`Failed deliveries to ${destination.name}`}>
                    {destination.name}
                  </Link>
                </Fragment>
              ))}
            </span>
          ) : (
            'No failing partners'
          )}
        </span>
      ) : null}
      {held.length > 0 ? (
        // Held on purpose (#14), so not among the failing: each leads to what is kept for it.
        <span className="status-item">
          {held.map((partner, index) => (
            <Fragment key={partner.id}>
              {index > 0 ? ', ' : null}
              <Link to={heldFor(partner.id)}>
                {partner.name} held — {partner.waiting.toLocaleString()} waiting
              </Link>
            </Fragment>
          ))}
        </span>
      ) : null}
      {version ? (
        <span className="status-item status-version">
          Integration Hub {version}
          {mode === 'browser' ? ' · browser mode' : ''}
        </span>
      ) : null}
    </footer>
  );
}
