import './switch.css';

interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Ids of the elements that name the switch, e.g. the group heading and "Enabled". */
  labelledBy?: string;
  /** An accessible name when no visible label names the switch. */
  label?: string;
  describedBy?: string;
  disabled?: boolean;
  id?: string;
  /** Words beside the track; the seed's YES/NO unless a screen has better ones ("In stock" / "86’d"). */
  onText?: string;
  offText?: string;
}

/**
 * The seed's YES/NO toggle: a button with `role="switch"` so assistive tech
 * announces it as on/off, and YES/NO written out because colour alone is not enough.
 */
export function Switch(props: SwitchProps) {
  const { checked, onChange, labelledBy, label, describedBy, disabled, id, onText = 'YES', offText = 'NO' } = props;
  return (
    <button
      type="button"
      role="switch"
      id={id}
      className="switch"
      aria-checked={checked}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span className="switch-text" aria-hidden="true">
        {checked ? onText : offText}
      </span>
    </button>
  );
}
