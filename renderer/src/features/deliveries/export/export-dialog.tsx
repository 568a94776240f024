import { useState } from 'react';
import type { DeliveryFilter } from '../../../../../shared/domain/deliveries';
import { Dialog } from '../../../components/dialog';
import { RadioGroup } from '../../../components/radio-group';
import { ExportProgress } from './export-progress';
import type { LogExportFormat } from './log-export';
import { useLogExport } from './use-log-export';
import './export-dialog.css';

const formats = [
  { value: 'csv', label: 'CSV', hint: 'For a spreadsheet' },
  { value: 'json', label: 'JSON', hint: 'For scripts and tickets' },
] as const;

/** Export the rows matching the log's filter, to hand a partner or attach to a ticket. */
export function ExportDialog({ filter, onClose }: { filter: DeliveryFilter; onClose: () => void }) {
  const [format, setFormat] = useState<LogExportFormat>('csv');
  const { status, start, cancel } = useLogExport(filter);
  const running = status.phase === 'running';
  return (
    <Dialog
      title="Export deliveries"
      description="Every delivery that matches the current filter, newest first. The file has what the log shows: no payloads, no secrets."
      onClose={onClose}
      footer={
        running ? (
          <button type="button" className="button" disabled={status.cancelling} onClick={cancel}>
            Cancel
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
            <button type="button" className="button button-primary" data-autofocus onClick={() => void start(format)}>
              {`Export ${format.toUpperCase()}`}
            </button>
          </>
        )
      }
    >
      <div className="export-formats">
        <RadioGroup
          legend="Format"
          layout="row"
          options={formats}
          value={format}
          onChange={setFormat}
          disabled={running}
        />
      </div>
      <ExportProgress status={status} />
    </Dialog>
  );
}
