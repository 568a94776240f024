import { useEffect, useState, type RefObject } from 'react';
import type { DeliveryFilter, DestinationOption } from '../../../../shared/domain/deliveries';
import { eventTypeTitles, eventTypes, type EventType } from '../../../../shared/domain/event-types';
import { StoreTimeInput } from '../../time/store-time-input';
import { useStoreClock } from '../../time/use-store-clock';

interface DeliveryFiltersProps {
  filter: DeliveryFilter;
  destinations: readonly DestinationOption[];
  searchRef: RefObject<HTMLInputElement | null>;
  onChange: (filter: DeliveryFilter) => void;
}

/** Event type, destination, time range and free text; every change goes to the URL. */
export function DeliveryFilters({ filter, destinations, searchRef, onChange }: DeliveryFiltersProps) {
  const clock = useStoreClock();
  const instant = (value: string): string | undefined => {
    const reading = clock.fromInput(value);
    return reading.ok ? reading.iso : undefined;
  };
  const [text, setText] = useState(filter.text ?? '');
  // The URL changed under the field (back, a chip, a link): show what the filter now says.
  const [applied, setApplied] = useState(filter.text);
  if (applied !== filter.text) {
    setApplied(filter.text);
    setText(filter.text ?? '');
  }
  // Typing should not fetch per keystroke; a short pause applies the search.
  useEffect(() => {
    if (text.trim() === (filter.text ?? '')) return;
    const timer = setTimeout(() => onChange({ ...filter, text: text.trim() || undefined }), 300);
    return () => clearTimeout(timer);
  }, [text, filter, onChange]);

  return (
    <div className="delivery-filters">
      <label className="delivery-filter delivery-filter-search">
        <span className="delivery-filter-label">Search</span>
        <input
          ref={searchRef}
          type="search"
          className="input"
          placeholder="Event id, check #, item"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <label className="delivery-filter">
        <span className="delivery-filter-label">Event type</span>
        <select
          className="input"
          value={filter.eventTypes?.[0] ?? ''}
          onChange={(event) =>
            onChange({ ...filter, eventTypes: event.target.value ? [event.target.value as EventType] : undefined })
          }
        >
          <option value="">All event types</option>
          {eventTypes.map((type) => (
            <option key={type} value={type}>
              {eventTypeTitles[type]} ({type})
            </option>
          ))}
        </select>
      </label>
      <label className="delivery-filter">
        <span className="delivery-filter-label">Destination</span>
        <select
          className="input"
          value={filter.destinationIds?.[0] ?? ''}
          onChange={(event) =>
            onChange({ ...filter, destinationIds: event.target.value ? [event.target.value] : undefined })
          }
        >
          <option value="">All destinations</option>
          {destinations.map((destination) => (
            <option key={destination.id} value={destination.id}>
              {destination.pausedReason ? `${destination.name} (paused)` : destination.name}
            </option>
          ))}
        </select>
      </label>
      <StoreTimeInput
        label="From"
        className="delivery-filter"
        labelClassName="delivery-filter-label"
        value={clock.toInput(filter.from)}
        onChange={(value) => onChange({ ...filter, from: instant(value) })}
      />
      <StoreTimeInput
        label="To"
        className="delivery-filter"
        labelClassName="delivery-filter-label"
        value={clock.toInput(filter.to)}
        onChange={(value) => onChange({ ...filter, to: instant(value) })}
      />
    </div>
  );
}
