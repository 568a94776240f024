import type { ReactNode } from 'react';
import type { LogExportStatus } from './use-log-export';

const deliveries = (count: number): string => `${count.toLocaleString()} ${count === 1 ? 'delivery' : 'deliveries'}`;

function words(status: Exclude<LogExportStatus, { phase: 'idle' }>): ReactNode {
  switch (status.phase) {
    case 'running':
      return status.cancelling
        ? `Stopping after this page… (${status.done.toLocaleString()} of ${deliveries(status.total)})`
        : `Exporting ${status.done.toLocaleString()} of ${deliveries(status.total)}…`;
    case 'finished':
      return (
        <>
          {`Exported ${deliveries(status.exported)} to `}
          <span className="export-file-name">{status.fileName}</span>
        </>
      );
    case 'cancelled':
      return `Export cancelled after ${status.done.toLocaleString()} of ${deliveries(status.total)}. No file was saved.`;
    case 'failed':
      return `Export failed: ${status.message} No file was saved.`;
  }
}

/**
 * The export's bar and its words. The live region stays mounted from the start,
 * so screen readers hear each change, the summary included.
 */
export function ExportProgress({ status }: { status: LogExportStatus }) {
  const bar =
    status.phase === 'running' || status.phase === 'cancelled'
      ? { value: status.done, max: Math.max(status.total, 1) }
      : status.phase === 'finished'
        ? { value: status.exported, max: Math.max(status.exported, 1) }
        : null;
  return (
    <div className="export-progress" role="status" aria-label="Export status">
      {status.phase === 'idle' ? null : (
        <>
          <p
            className={`export-progress-text${status.phase === 'failed' ? ' inline-message inline-message-error' : ''}`}
          >
            {words(status)}
          </p>
          {bar ? (
            <progress className="export-bar" aria-label="Export progress" value={bar.value} max={bar.max} />
          ) : null}
        </>
      )}
    </div>
  );
}
