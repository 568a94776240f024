import type { ReactNode } from 'react';
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
  /** Beside Save: who hears about this save ("Who will receive this"). */
  aside?: ReactNode;
  saveLabel?: string;
}

/**
 * The docked Save / Discard bar of the editing screens (Menu, Menu Hours, Store),
 * the same shape as Order Webhooks' with room for the recipients beside Save.
 */
export function SaveBar(props: SaveBarProps) {
  const { dirty, valid, problems, saving, savedJustNow, error, onSave, onDiscard, aside, saveLabel = 'Save' } = props;
  let message = 'All changes saved.';
  if (error) message = error;
  else if (dirty && !valid) message = `Fix before saving: ${problems.join(', ')}.`;
  else if (dirty) message = 'You have unsaved changes.';
  const showSaved = savedJustNow && !dirty;
  return (
    <div className="form-save-bar">
      <div className="form-save-bar-inner">
        <div className="form-save-bar-text">
          <p className={`form-save-bar-message${error || (dirty && !valid) ? ' form-save-bar-problem' : ''}`}>
            {showSaved ? null : message}
          </p>
          <span role="status" className="form-save-bar-saved">
            {showSaved ? '✓ Saved' : ''}
          </span>
          {aside}
        </div>
        <button type="button" className="button" disabled={!dirty || saving} onClick={onDiscard}>
          Discard changes
        </button>
        <button type="button" className="button button-primary" disabled={!dirty || !valid || saving} onClick={onSave}>
          {saving ? 'Saving…' : saveLabel}
        </button>
      </div>
    </div>
  );
}
