import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useAppStore } from '../../store/store-context';

/**
 * "Reset sample data": replaces the store, menus and checks with the sample
 * restaurant. Asks first, because the operator's own edits are lost.
 */
export function ResetSampleDataButton() {
  const reset = useAppStore((state) => state.resetSampleData);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        Reset sample data
      </button>
      <span role="status" className="settings-done">
        {done}
      </span>
      {asking ? (
        <ConfirmDialog
          title="Reset sample data?"
          description={
            <p>
              The store, every menu and every check are replaced with the sample restaurant. Your own edits to them are
              lost; Integration Hub settings and partners are kept. Partners subscribed to menu and store events are
              told.
            </p>
          }
          confirmLabel="Reset sample data"
          danger
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            const result = await reset();
            if (!result.ok) return `Could not reset: ${result.error.message}`;
            setAsking(false);
            setDone(`Sample data restored: ${result.value.menus} menus, ${result.value.items} items.`);
            return null;
          }}
        />
      ) : null}
    </>
  );
}
