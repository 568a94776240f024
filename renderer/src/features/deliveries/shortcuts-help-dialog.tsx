import { Dialog } from '../../components/dialog';
import { deliveryShortcuts } from './shortcuts';

export function ShortcutsHelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      onClose={onClose}
      footer={
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Close
        </button>
      }
    >
      <dl className="shortcut-list">
        {deliveryShortcuts.map((shortcut) => (
          <div key={shortcut.keys} className="shortcut">
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.action}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
