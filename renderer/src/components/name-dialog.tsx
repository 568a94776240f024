import { useId, useState } from 'react';
import type { Result } from '../../../shared/contract';
import type { EventType } from '../../../shared/domain/event-types';
import { fieldErrorsFrom, hasErrors, type FieldErrors } from '../forms/field-errors';
import { Dialog } from './dialog';
import { ErrorAlert } from './error-alert';
import { TextAreaField } from './text-area-field';
import { TextField } from './text-field';
import { WhoWillReceive } from './who-will-receive';
import './name-dialog.css';

export interface NameDraft {
  name: string;
  description: string;
}

interface NameDialogProps {
  title: string;
  /** With a description field (a menu has one, a category does not). */
  withDescription?: boolean;
  initial: NameDraft;
  saveLabel: string;
  /** What saving emits, for "Who will receive this". */
  eventTypes: readonly EventType[];
  /** The shared schema's verdict on the draft, by field (`name`, `description`). */
  validate: (draft: NameDraft) => FieldErrors;
  onSave: (draft: NameDraft) => Promise<Result<unknown>>;
  onClose: () => void;
}

/**
 * Names a new thing or renames one (a menu, a category): validated as typed
 * with the shared schema, saved with Enter or the button, nothing saved on error;
 * the core's own field errors land beside the field.
 */
export function NameDialog(props: NameDialogProps) {
  const { title, withDescription = false, initial, saveLabel, eventTypes, validate, onSave, onClose } = props;
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const errors = validate(draft);
  const shown = (field: keyof NameDraft): string | undefined =>
    serverErrors[field] ?? (tried ? errors[field] : undefined);

  const save = async (): Promise<void> => {
    setTried(true);
    if (hasErrors(errors)) return;
    setBusy(true);
    const result = await onSave(draft);
    setBusy(false);
    if (result.ok) return;
    const issues = result.error.issues ?? [];
    setServerErrors(fieldErrorsFrom(issues, ['name', 'description']));
    setError(`Not saved: ${issues[0]?.message ?? result.error.message}`);
  };
  const edit = (patch: Partial<NameDraft>): void => {
    setDraft({ ...draft, ...patch });
    setServerErrors({});
    setError(null);
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : saveLabel}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="name-dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          label="Name"
          value={draft.name}
          onChange={(name) => edit({ name })}
          onBlur={() => setTried(true)}
          error={shown('name')}
          autoFocus
        />
        {withDescription ? (
          <TextAreaField
            label="Description"
            value={draft.description}
            onChange={(description) => edit({ description })}
            error={shown('description')}
            rows={2}
          />
        ) : null}
      </form>
      <WhoWillReceive eventTypes={eventTypes} />
      <ErrorAlert message={error} />
    </Dialog>
  );
}
