import { useEffect, useState } from 'react';
import { LoadFailed } from '../../components/load-failed';
import { PageHeader } from '../../components/page-header';
import { useAppStore } from '../../store/store-context';
import { InboxEntryCard } from './inbox-entry-card';
import './inbox-page.css';

/**
 * Integration Hub → Test Inbox: a receiver built into the app. Point a partner
 * (or an order hook) at its address and "Send test event" to see exactly what a
 * partner would get, and whether the signature verifies.
 */
export function InboxPage() {
  const { url, entries, loadState, error } = useAppStore((state) => state.inbox);
  const load = useAppStore((state) => state.loadInbox);
  const clear = useAppStore((state) => state.clearInbox);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  const copy = async (): Promise<void> => {
    if (!url) return;
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };

  return (
    <>
      <PageHeader
        section="Integration Hub"
        title="Test Inbox"
        description="A webhook receiver inside this app. Use its address as a partner's URL and send a test event to see what partners receive."
        actions={
          <button type="button" className="button" disabled={entries.length === 0} onClick={() => void clear()}>
            Clear inbox
          </button>
        }
      />
      <div className="page-body">
        {loadState === 'failed' ? (
          <LoadFailed what="the test inbox" error={error} onRetry={() => void load()} />
        ) : (
          <>
            <div className="card card-padded inbox-address">
              <label className="inbox-address-label" htmlFor="inbox-url">
                Inbox address
              </label>
              <input id="inbox-url" className="input" readOnly value={url ?? 'Not running'} />
              <button type="button" className="button" disabled={!url} onClick={() => void copy()}>
                {copied ? 'Copied' : 'Copy'}
              </button>
            </div>
            {entries.length === 0 ? (
              <div className="card card-padded empty-state">
                <p>Nothing received yet. Send a test event to a partner whose URL is the address above.</p>
              </div>
            ) : (
              <section aria-label="Received requests" className="inbox-entries">
                {entries.map((entry) => (
                  <InboxEntryCard key={entry.id} entry={entry} />
                ))}
              </section>
            )}
          </>
        )}
      </div>
    </>
  );
}
