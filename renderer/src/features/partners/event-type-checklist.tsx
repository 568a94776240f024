import { useId } from 'react';
import {
  eventTypeDescriptions,
  eventTypeTitles,
  eventTypes,
  type EventType,
} from '../../../../shared/domain/event-types';
import { FieldError } from '../../components/field-error';

interface EventTypeChecklistProps {
  selected: readonly EventType[];
  onChange: (selected: EventType[]) => void;
  error: string | undefined;
}

/** The event catalog as checkboxes, each with its plain-language description. */
export function EventTypeChecklist({ selected, onChange, error }: EventTypeChecklistProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const toggle = (type: EventType, on: boolean): void =>
    onChange(on ? [...selected, type] : selected.filter((known) => known !== type));
  return (
    <fieldset
      className="checklist"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field-label">Events to send</legend>
      <div className="checklist-tools">
        <span className="field-hint">Choose at least one.</span>
        <button type="button" className="button button-quiet" onClick={() => onChange([...eventTypes])}>
          Select all
        </button>
        <button type="button" className="button button-quiet" onClick={() => onChange([])}>
          Select none
        </button>
      </div>
      <FieldError id={errorId} message={error} />
      <ul className="checklist-items">
        {eventTypes.map((type) => {
          const checkboxId = `${id}-${type}`;
          return (
            <li key={type}>
              <input
                id={checkboxId}
                type="checkbox"
                checked={selected.includes(type)}
                onChange={(event) => toggle(type, event.target.checked)}
                aria-describedby={`${checkboxId}-description`}
              />
              <div className="checklist-text">
                <label htmlFor={checkboxId}>{eventTypeTitles[type]}</label>
                <span id={`${checkboxId}-description`} className="checklist-description">
                  <code>{type}</code> · {eventTypeDescriptions[type]}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
