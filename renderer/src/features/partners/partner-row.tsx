import { useAppStore } from '../../store/store-context';
import { Switch } from '../../components/switch';

interface PartnerRowProps {
  id: string;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  onError: (message: string) => void;
}

/** One partner in the list; reads only its own record so other rows don't re-render. */
export function PartnerRow({ id, onEdit, onDelete, onError }: PartnerRowProps) {
  const partner = useAppStore((state) => state.partners.byId[id]);
  const setEnabled = useAppStore((state) => state.setPartnerEnabled);
  if (!partner) return null;

  const toggle = async (enabled: boolean): Promise<void> => {
    const result = await setEnabled(partner.id, enabled);
    if (!result.ok) onError(`Could not ${enabled ? 'enable' : 'disable'} “${partner.name}”: ${result.error.message}`);
  };
  const count = partner.eventTypes.length;

  return (
    <tr>
      <th scope="row">
        <span className="partner-name">{partner.name}</span>
        <span className="partner-url" title={partner.url}>
          {partner.url}
        </span>
        <span className="partner-meta">
          {partner.header.name ? `Header ${partner.header.name}` : 'No custom header'}
          {' · '}
          {partner.signingSecret.set ? 'Signed' : 'Unsigned'}
          {` · ${partner.timeoutSeconds} s timeout · ${partner.rateLimitPerSecond}/s`}
        </span>
      </th>
      <td>
        <span title={partner.eventTypes.join('\n')}>{count === 1 ? '1 event' : `${count} events`}</span>
      </td>
      <td>
        <Switch checked={partner.enabled} label={`${partner.name} enabled`} onChange={(enabled) => void toggle(enabled)} />
      </td>
      <td className="partner-actions">
        <button type="button" className="button button-quiet" aria-label={`Edit ${partner.name}`} onClick={() => onEdit(id)}>
          Edit
        </button>
        <button
          type="button"
          className="button button-quiet button-danger-text"
          aria-label={`Delete ${partner.name}`}
          onClick={() => onDelete(id)}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}
