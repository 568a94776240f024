import { useState, type ReactNode } from 'react';
import type { SecretView } from '../../../shared/domain/secrets';
import type { SecretDraft } from '../forms/secret-draft';
import { TextField } from './text-field';

interface SecretFieldProps {
  label: string;
  /** What the core says is stored: whether there is a secret and its masked hint. */
  saved: SecretView;
  draft: SecretDraft;
  onChange: (draft: SecretDraft) => void;
  onBlur?: () => void;
  error?: string | undefined;
  labelPrefixId?: string;
  clearLabel?: string;
}

/**
 * A secret the form can replace or clear but never read back: the input starts
 * empty, the saved value is shown only as its masked hint.
 */
export function SecretField(props: SecretFieldProps) {
  const { label, saved, draft, onChange, onBlur, error, labelPrefixId, clearLabel = 'Clear value' } = props;
  const [revealed, setRevealed] = useState(false);
  const pendingClear = draft.clear && draft.typed === '';
  let hint: ReactNode = 'Not set.';
  const masked = <span className="masked">{saved.masked ?? '••••'}</span>;
  if (draft.typed !== '')
    hint = saved.set ? 'The new value replaces the saved one when you save.' : 'Saved when you click Save.';
  else if (pendingClear) hint = <>The saved value {masked} will be removed when you save.</>;
  else if (saved.set) hint = <>Saved value: {masked} — leave empty to keep it.</>;
  else if (saved.unreadable)
    hint =
      'A value is saved but cannot be read on this computer. Enter it again; until then, webhooks that need it are held.';

  return (
    <TextField
      label={label}
      labelPrefixId={labelPrefixId}
      type={revealed ? 'text' : 'password'}
      value={draft.typed}
      onChange={(typed) => onChange({ ...draft, typed })}
      onBlur={onBlur}
      error={error}
      hint={hint}
      autoComplete="new-password"
      placeholder={saved.set && !draft.clear ? 'Saved — type to replace' : pendingClear ? 'Will be removed' : ''}
      after={
        <>
          {draft.typed !== '' ? (
            <button
              type="button"
              className="button button-quiet"
              aria-pressed={revealed}
              onClick={() => setRevealed(!revealed)}
            >
              {revealed ? 'Hide' : 'Show'}
            </button>
          ) : null}
          {(saved.set || saved.unreadable) && !draft.clear ? (
            <button type="button" className="button button-quiet" onClick={() => onChange({ typed: '', clear: true })}>
              {clearLabel}
            </button>
          ) : null}
          {draft.clear ? (
            <button type="button" className="button button-quiet" onClick={() => onChange({ ...draft, clear: false })}>
              Keep saved value
            </button>
          ) : null}
        </>
      }
    />
  );
}
