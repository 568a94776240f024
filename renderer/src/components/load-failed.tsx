interface LoadFailedProps {
  /** What could not be loaded, e.g. "the partners". */
  what: string;
  error: string | null;
  onRetry: () => void;
}

/** A screen's data could not be loaded: say what and why, and offer to try again. */
export function LoadFailed({ what, error, onRetry }: LoadFailedProps) {
  return (
    <div className="card card-padded">
      <p className="inline-message inline-message-error" role="alert">
        Could not load {what}: {error}
      </p>
      <button type="button" className="button retry-button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
