import type { Locator, Page } from '@playwright/test';
import { eventTypeTitles, type EventType } from '../../../shared/domain/event-types';

/** Integration Hub → Event Catalog: one card per event type, with its schema, example and "Send this example to…". */
export class EventCatalogPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Event Catalog' });
  }

  /** One event type's card, found by its words (what the screen shows first). */
  card(type: EventType): Locator {
    return this.page.getByRole('article', { name: eventTypeTitles[type], exact: true });
  }

  /** The "JSON Schema" or "Example" disclosure of one event type. */
  toggle(type: EventType, view: 'JSON Schema' | 'Example'): Locator {
    return this.card(type).getByRole('button', { name: `${view} of ${eventTypeTitles[type]}` });
  }

  /** The JSON shown once a disclosure is open. */
  json(type: EventType, view: 'JSON Schema' | 'Example'): Locator {
    return this.card(type).getByLabel(`${view} of ${type}`, { exact: true });
  }

  target(type: EventType): Locator {
    return this.card(type).getByLabel('Send this example to');
  }

  sendButton(type: EventType): Locator {
    return this.card(type).getByRole('button', { name: `Send the ${eventTypeTitles[type]} example` });
  }

  /** How the last send went, in place: "Example delivered · 200 · 12 ms", or why not. */
  result(type: EventType, destination: string): Locator {
    return this.card(type).getByRole('status', { name: `Example to ${destination}` });
  }
}
