import { useAppStore } from '../../store/store-context';
import './resend-progress.css';

interface ResendProgressCardProps {
  /** Only this job (one a screen started itself); by default the latest one, wherever it started. */
  jobId?: string;
  /** Besides forgetting the job, what Dismiss closes. */
  onDismiss?: () => void;
}

/** A bulk resend's progress bar, its Cancel, and the summary once it ends. */
export function ResendProgressCard({ jobId, onDismiss }: ResendProgressCardProps) {
  const job = useAppStore((state) => state.deliveries.resendJob);
  const cancel = useAppStore((state) => state.cancelResend);
  const dismiss = useAppStore((state) => state.dismissResendJob);
  if (!job || (jobId !== undefined && job.jobId !== jobId)) return null;
  const running = job.state === 'running';
  const summary =
    job.state === 'finished'
      ? `Resend finished: ${job.done} of ${job.total} ${job.total === 1 ? 'delivery was' : 'deliveries were'} sent again. The log shows how each went.`
      : `Resend cancelled after ${job.done} of ${job.total}. The rest stay as they were.`;
  return (
    <div className="card resend-card" role="status" aria-label="Bulk resend">
      <div className="resend-card-text">
        <p className="resend-card-title">{running ? `Resending ${job.done} of ${job.total}…` : summary}</p>
        <progress className="resend-bar" aria-label="Resend progress" max={Math.max(job.total, 1)} value={job.done} />
      </div>
      {running ? (
        <button type="button" className="button" onClick={() => void cancel()}>
          Cancel resend
        </button>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            dismiss();
            onDismiss?.();
          }}
        >
          Dismiss
        </button>
      )}
    </div>
  );
}
