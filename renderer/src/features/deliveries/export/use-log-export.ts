import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeliveryFilter } from '../../../../../shared/domain/deliveries';
import { useAppStore } from '../../../store/store-context';
import { exportFileName, type LogExportFormat } from './log-export';
import { runLogExport } from './run-log-export';
import { saveFile } from './save-file';

/** Where one export stands; short-lived, so it lives with the dialog, not in the store. */
export type LogExportStatus =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; cancelling: boolean }
  | { phase: 'finished'; exported: number; fileName: string }
  | { phase: 'cancelled'; done: number; total: number }
  | { phase: 'failed'; message: string };

/** Runs an export of the rows matching `filter`, reports its progress, and saves the file at the end. */
export function useLogExport(filter: DeliveryFilter) {
  const fetchDeliveryPage = useAppStore((state) => state.fetchDeliveryPage);
  const countDeliveries = useAppStore((state) => state.countDeliveries);
  const [status, setStatus] = useState<LogExportStatus>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // Closing the dialog mid-export stops it: no file appears after the operator walked away.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (format: LogExportFormat): Promise<void> => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setStatus({ phase: 'running', done: 0, total: 0, cancelling: false });
      const result = await runLogExport({
        source: { fetchDeliveryPage, countDeliveries },
        filter,
        format,
        signal: own.signal,
        onProgress: ({ done, total }) => {
          if (!own.signal.aborted) setStatus({ phase: 'running', done, total, cancelling: false });
        },
      });
      if (controller.current === own) controller.current = null;
      if (result.outcome === 'finished') {
        const fileName = exportFileName(format, new Date());
        saveFile(result.parts, fileName, result.mimeType);
        setStatus({ phase: 'finished', exported: result.exported, fileName });
      } else if (result.outcome === 'cancelled') {
        setStatus({ phase: 'cancelled', done: result.exported, total: result.total });
      } else {
        setStatus({ phase: 'failed', message: result.message });
      }
    },
    [filter, fetchDeliveryPage, countDeliveries],
  );

  // The page in flight still arrives; until then the dialog says it is stopping.
  const cancel = useCallback(() => {
    controller.current?.abort();
    setStatus((current) => (current.phase === 'running' ? { ...current, cancelling: true } : current));
  }, []);

  return { status, start, cancel };
}
