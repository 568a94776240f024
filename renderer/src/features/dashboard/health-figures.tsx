import type { DestinationHealth, HealthWindow } from '../../../../shared/domain/deliveries';
import { percent } from '../health/health-words';

const ms = (value: number | null): string => (value === null ? '—' : `${value} ms`);

function WindowRow({ label, window }: { label: string; window: HealthWindow }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{window.deliveries}</td>
      <td>{window.successRate === null ? 'No deliveries' : percent(window.successRate)}</td>
      <td>{ms(window.p50Ms)}</td>
      <td>{ms(window.p95Ms)}</td>
    </tr>
  );
}

/**
 * The day's and the week's figures side by side, as a table so they read as
 * columns. They count webhooks, as the manager does: ten orders sent during an
 * outage and all delivered after it are "10, 100%", however many tries it took.
 */
export function HealthFigures({ name, health }: { name: string; health: DestinationHealth }) {
  return (
    <table className="health-figures" aria-label={`${name} delivery figures`}>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Period</span>
          </th>
          <th scope="col">Webhooks</th>
          <th scope="col">Delivered</th>
          <th scope="col">
            Typical answer <span className="health-figures-code">p50</span>
          </th>
          <th scope="col">
            Slowest 5% <span className="health-figures-code">p95</span>
          </th>
        </tr>
      </thead>
      <tbody>
        <WindowRow label="24 hours" window={health.day} />
        <WindowRow label="7 days" window={health.week} />
      </tbody>
    </table>
  );
}
