import { useId, useState } from 'react';
import type { StoreView } from '../../../../shared/domain/store';
import { CustomStatusForm } from './custom-status-form';
import { QuickStatusActions } from './quick-status-actions';
import './status-section.css';

/**
 * Open / busy with a delay / paused until a time / closed: what guests and
 * partners are told now. Unlike the rest of the page it needs no Save: a
 * manager pausing in a rush wants it to happen, and partners hear at once.
 */
export function StatusSection({ view }: { view: StoreView }) {
  const headingId = useId();
  const [custom, setCustom] = useState(false);
  return (
    <section className="card settings-group" aria-labelledby={headingId}>
      <div className="settings-group-head">
        <h2 id={headingId}>Status</h2>
        <p>A change here reaches partners at once; there is nothing to save.</p>
      </div>
      <QuickStatusActions view={view} />
      {custom ? (
        <CustomStatusForm view={view} onDone={() => setCustom(false)} />
      ) : (
        <button type="button" className="button button-quiet custom-status-open" onClick={() => setCustom(true)}>
          Set another status…
        </button>
      )}
    </section>
  );
}
