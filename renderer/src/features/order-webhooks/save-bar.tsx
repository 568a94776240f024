import './save-bar.css';

interface SaveBarProps {
  dirty: boolean;
  valid: boolean;
  /** Labels of the fields still in error, so a disabled Save always says why. */
  problems: string[];
  saving: boolean;
  savedJustNow: boolean;
  error: string | null;
  onSave: () => void;
  onDiscard: () => void;
}

/** Sticks to the bottom of the page so Save is reachable from every group. */
export function SaveBar({ dirty, valid, problems, saving, savedJustNow, error, onSave, onDiscard }: SaveBarProps) {
  let message = 'All changes saved.';
  if (error) message = error;
  else if (dirty && !valid) message = `Fix before saving: ${problems.join(', ')}.`;
  else if (dirty) message = 'You have unsaved changes.';
  return (
    <div className="save-bar">
      <div className="save-bar-inner">
        <p className={`save-bar-message${error || (dirty && !valid) ? ' save-bar-problem' : ''}`}>
          {savedJustNow && !dirty ? null : message}
        </p>
        <span role="status" className="save-bar-saved">
          {savedJustNow && !dirty ? '✓ Saved' : ''}
        </span>
        <button type="button" className="button" disabled={!dirty || saving} onClick={onDiscard}>
          Discard changes
        </button>
        <button type="button" className="button button-primary" disabled={!dirty || !valid || saving} onClick={onSave}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </div>
  );
}
