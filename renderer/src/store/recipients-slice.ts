import type { StateCreator } from 'zustand';
import type { HubApi } from '../../../shared/contract';
import type { OrderSource } from '../../../shared/domain/checks';
import type { EventType } from '../../../shared/domain/event-types';
import type { PreviewDestination } from '../../../shared/domain/routing-preview';
import type { AppState } from './app-state';

/** What one question ("who hears about these events?") last got as its answer. */
export interface RecipientsAnswer {
  destinations: PreviewDestination[] | null;
  error: string | null;
}

export interface RecipientsSlice {
  /** Keyed by `recipientsKey`: the events of one kind of save, and the order source if any. */
  recipients: Record<string, RecipientsAnswer>;
  loadRecipients: (eventTypes: readonly EventType[], orderSource?: OrderSource) => Promise<void>;
  /** Partners or order hooks changed: every answer may be stale. */
  refreshRecipients: () => void;
}

export function recipientsKey(eventTypes: readonly EventType[], orderSource?: OrderSource): string {
  return `${eventTypes.join(',')}|${orderSource ?? ''}`;
}

function parseKey(key: string): { eventTypes: EventType[]; orderSource: OrderSource | undefined } {
  const [types = '', source = ''] = key.split('|');
  // Keys are only ever made by recipientsKey from typed values.
  return {
    eventTypes: types.split(',') as EventType[],
    orderSource: source === '' ? undefined : (source as OrderSource),
  };
}

export function createRecipientsSlice(api: HubApi): StateCreator<AppState, [], [], RecipientsSlice> {
  return (set, get) => ({
    recipients: {},

    async loadRecipients(eventTypes, orderSource) {
      const key = recipientsKey(eventTypes, orderSource);
      const result = await api.call(
        'routing.preview',
        orderSource ? { eventTypes: [...eventTypes], orderSource } : { eventTypes: [...eventTypes] },
      );
      set((state) => ({
        recipients: {
          ...state.recipients,
          [key]: result.ok
            ? { destinations: result.value.destinations, error: null }
            : { destinations: state.recipients[key]?.destinations ?? null, error: result.error.message },
        },
      }));
    },

    refreshRecipients() {
      for (const key of Object.keys(get().recipients)) {
        const { eventTypes, orderSource } = parseKey(key);
        void get().loadRecipients(eventTypes, orderSource);
      }
    },
  });
}
