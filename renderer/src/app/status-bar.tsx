import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store-context';
import './status-bar.css';

function queuedText(queued: number): string {
  if (queued === 0) return 'No webhooks queued';
  return queued === 1 ? '1 webhook queued' : `${queued.toLocaleString()} webhooks queued`;
}

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
      {status ? <span className="status-item">{queuedText(status.queued)}</span> : null}
      {status ? (
        <span className={`status-item ${failing.length > 0 ? 'status-bad' : ''}`}>
          {failing.length > 0 ? `Failing: ${failing.join(', ')}` : 'No failing partners'}
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
