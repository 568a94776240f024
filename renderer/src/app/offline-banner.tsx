import { useState } from 'react';
import { useAppStore } from '../store/store-context';
import { initialDrainMemory, nextDrainMemory, waitingToSend, type DrainMemory } from './drain-progress';

const plural = (n: number): string => (n === 1 ? '1 webhook' : `${n} webhooks`);

/**
 * Offline is not failure: say so plainly, with what is waiting; when the
 * connection returns, show the queue draining until it is empty.
 */
export function OfflineBanner() {
  const status = useAppStore((state) => state.app.status);
  const [memory, setMemory] = useState<DrainMemory>(initialDrainMemory);
  const [seen, setSeen] = useState(status);
  // Derived from each status update during render (React's "adjust state on prop change").
  if (status && status !== seen) {
    setSeen(status);
    setMemory(nextDrainMemory(memory, status));
  }
  if (!status) return null;
  if (!status.online) {
    return (
      <div className="notice notice-warning offline-banner" role="alert">
        <p className="notice-message">
          This PC is offline. {status.queued > 0 ? `${plural(status.queued)} are queued` : 'New webhooks will wait'} and
          will be sent when the connection returns. Nothing is lost.
        </p>
      </div>
    );
  }
  if (memory.drainTotal === null) return null;
  const sent = Math.max(0, memory.drainTotal - waitingToSend(status));
  return (
    <div className="notice offline-banner" role="status">
      <p className="notice-message">
        Back online — sending queued webhooks: {sent} of {memory.drainTotal}.
      </p>
      <progress max={memory.drainTotal} value={sent} aria-label="Queued webhooks sent" />
    </div>
  );
}
