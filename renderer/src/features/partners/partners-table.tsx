import { PartnerRow } from './partner-row';
import './partners-table.css';

interface PartnersTableProps {
  ids: readonly string[];
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  onRotate: (id: string) => void;
  onEndOverlap: (id: string) => void;
  onResync: (id: string) => void;
  onError: (message: string) => void;
}

export function PartnersTable({
  ids,
  onEdit,
  onDelete,
  onRotate,
  onEndOverlap,
  onResync,
  onError,
}: PartnersTableProps) {
  return (
    <div className="card partners-card">
      <table className="partners-table" aria-label="Partners">
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Subscribed</th>
            <th scope="col">Enabled</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => (
            <PartnerRow
              key={id}
              id={id}
              onEdit={onEdit}
              onDelete={onDelete}
              onRotate={onRotate}
              onEndOverlap={onEndOverlap}
              onResync={onResync}
              onError={onError}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
