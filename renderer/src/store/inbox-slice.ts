import type { StateCreator } from 'zustand';
import type { HubApi, Result } from '../../../shared/contract';
import type { TestSent } from '../../../shared/domain/deliveries';
import type { SendExampleInput } from '../../../shared/domain/event-examples';
import type { InboxEntry } from '../../../shared/domain/inbox';
import type { OrderHookKind } from '../../../shared/domain/order-hooks';
import type { AppState, LoadState } from './app-state';

export interface InboxSlice {
  inbox: {
    url: string | null;
    /** Newest first, as the core lists them. */
    entries: InboxEntry[];
    loadState: LoadState;
    error: string | null;
  };
  loadInbox: () => Promise<void>;
  /** Only the inbox's address (for "Use the Test Inbox" beside a URL field). */
  loadInboxUrl: () => Promise<void>;
  clearInbox: () => Promise<void>;
  inboxReceived: (entry: InboxEntry) => void;
  /** "Send test event" for one partner; the event goes through the queue like any other. */
  sendPartnerTest: (id: string) => Promise<Result<TestSent>>;
  /** "Send test event" for one of the Order Webhooks hooks, with its saved URL and Request Header. */
  sendHookTest: (hook: OrderHookKind) => Promise<Result<TestSent>>;
  /** "Send this example to…" on the Event Catalog: one type's example to the Test Inbox or a partner. */
  sendEventExample: (input: SendExampleInput) => Promise<Result<TestSent>>;
}

export function createInboxSlice(api: HubApi): StateCreator<AppState, [], [], InboxSlice> {
  return (set, get) => ({
    inbox: { url: null, entries: [], loadState: 'idle', error: null },

    async loadInboxUrl() {
      const info = await api.call('inbox.info', {});
      if (info.ok) set({ inbox: { ...get().inbox, url: info.value.url } });
    },

    async loadInbox() {
      const [info, list] = await Promise.all([api.call('inbox.info', {}), api.call('inbox.list', {})]);
      if (info.ok && list.ok) {
        set({ inbox: { url: info.value.url, entries: list.value, loadState: 'ready', error: null } });
      } else {
        const failed = !info.ok ? info : !list.ok ? list : null;
        set({
          inbox: {
            ...get().inbox,
            loadState: 'failed',
            error: failed && !failed.ok ? failed.error.message : 'Unknown error',
          },
        });
      }
    },

    async clearInbox() {
      const result = await api.call('inbox.clear', {});
      if (result.ok) set({ inbox: { ...get().inbox, entries: [] } });
    },

    inboxReceived(entry) {
      const { inbox } = get();
      if (inbox.entries.some((e) => e.id === entry.id)) return;
      set({ inbox: { ...inbox, entries: [entry, ...inbox.entries].slice(0, 200) } });
    },

    sendPartnerTest: (id) => api.call('partners.sendTest', { id }),
    sendHookTest: (hook) => api.call('orderHooks.sendTest', { hook }),
    sendEventExample: (input) => api.call('events.sendExample', input),
  });
}
