import { useId } from 'react';
import { healthRanges, type HealthRange } from '../../../../shared/domain/health-series';
import './range-toggle.css';

const labels: Readonly<Record<HealthRange, string>> = { '24h': '24 hours', '7d': '7 days' };

/** Native radios drawn as a segmented control: arrow keys and the group's name come for free. */
export function RangeToggle({
  label,
  value,
  onChange,
}: {
  label: string;
  value: HealthRange;
  onChange: (range: HealthRange) => void;
}) {
  const name = useId();
  return (
    <fieldset className="range-toggle">
      <legend className="visually-hidden">{label}</legend>
      {healthRanges.map((range) => (
        <label key={range} className="range-toggle-option">
          <input type="radio" name={name} value={range} checked={value === range} onChange={() => onChange(range)} />
          <span>{labels[range]}</span>
        </label>
      ))}
    </fieldset>
  );
}
