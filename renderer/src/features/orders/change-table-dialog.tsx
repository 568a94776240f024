import { useState } from 'react';
import { tableSchema, type Check } from '../../../../shared/domain/checks';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { WhoWillReceive } from '../../components/who-will-receive';
import type { EventType } from '../../../../shared/domain/event-types';
import { useAppStore } from '../../store/store-context';
import { checkTitle } from './check-words';
import { ErrorAlert } from '../../components/error-alert';

const updateEvents: readonly EventType[] = ['order.updated'];

/** Moves the check to another table (or none); the core emits `order.updated` only if it changed. */
export function ChangeTableDialog({ check, onClose }: { check: Check; onClose: () => void }) {
  const changeTable = useAppStore((state) => state.changeCheckTable);
  const [table, setTable] = useState(check.table);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const parsed = tableSchema.safeParse(table);
  const fieldError = parsed.success ? undefined : parsed.error.issues[0]?.message;

  const save = async (): Promise<void> => {
    if (!parsed.success) return;
    setBusy(true);
    const result = await changeTable(check.id, parsed.data);
    setBusy(false);
    if (result.ok) onClose();
    else setError(`Not changed: ${result.error.message}`);
  };

  return (
    <Dialog
      title={`Change table of ${checkTitle(check)}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !parsed.success}
            onClick={() => void save()}
          >
            Change table
          </button>
        </>
      }
    >
      <div className="dialog-fields">
        <TextField
          label="Table"
          value={table}
          onChange={setTable}
          error={fieldError}
          hint="Leave empty for no table."
          width="short"
        />
        <WhoWillReceive eventTypes={updateEvents} orderSource={check.source} />
        <ErrorAlert message={error} />
      </div>
    </Dialog>
  );
}
