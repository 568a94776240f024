import type { StateCreator } from 'zustand';
import type { HubApi, Result } from '../../../shared/contract';
import type { DestinationHealth } from '../../../shared/domain/deliveries';
import type {
  PartnerInput,
  PartnerSaved,
  PartnerUpdate,
  PartnerView,
  SigningRotationInput,
} from '../../../shared/domain/partners';
import type { AppState, LoadState } from './app-state';

export interface PartnersSlice {
  partners: {
    byId: Record<string, PartnerView>;
    /** Ids in the order the core lists them. */
    ids: string[];
    loadState: LoadState;
    error: string | null;
  };
  loadPartners: () => Promise<void>;
  createPartner: (input: PartnerInput) => Promise<Result<PartnerSaved>>;
  updatePartner: (input: PartnerUpdate) => Promise<Result<PartnerSaved>>;
  setPartnerEnabled: (id: string, enabled: boolean) => Promise<Result<PartnerView>>;
  deletePartner: (id: string) => Promise<Result<{ id: string }>>;
  /** A new signing secret (in the answer, once); the current one keeps signing beside it for the overlap. */
  rotateSigningSecret: (input: SigningRotationInput) => Promise<Result<PartnerSaved>>;
  /** Stops the old secret of a rotation now. */
  endSigningOverlap: (id: string) => Promise<Result<PartnerView>>;
  /** Success rate, latency and failing state per partner, keyed by partner id. */
  partnerHealth: Record<string, DestinationHealth>;
  /** The Order Webhooks hooks that have a URL, with their health (the same call brings both). */
  hookHealth: DestinationHealth[];
  loadPartnerHealth: () => Promise<void>;
  /** Holds a partner (#14): its webhooks are kept, nothing is sent until it is released. */
  holdPartner: (id: string) => Promise<Result<PartnerView>>;
  /** Releases a held partner: what was kept goes out, in order. */
  releasePartner: (id: string) => Promise<Result<PartnerView>>;
}

export function createPartnersSlice(api: HubApi): StateCreator<AppState, [], [], PartnersSlice> {
  return (set, get) => {
    const upsert = (partner: PartnerView): void =>
      set((state) => ({
        partners: {
          ...state.partners,
          byId: { ...state.partners.byId, [partner.id]: partner },
          ids: state.partners.ids.includes(partner.id) ? state.partners.ids : [...state.partners.ids, partner.id],
        },
      }));

    return {
      partners: { byId: {}, ids: [], loadState: 'idle', error: null },
      partnerHealth: {},
      hookHealth: [],

      async loadPartnerHealth() {
        const result = await api.call('deliveries.health', {});
        if (!result.ok) return;
        const prefix = 'partner:';
        set({
          partnerHealth: Object.fromEntries(
            result.value.filter((h) => h.id.startsWith(prefix)).map((h) => [h.id.slice(prefix.length), h]),
          ),
          hookHealth: result.value.filter((h) => h.id.startsWith('hook:')),
        });
      },

      async loadPartners() {
        if (get().partners.loadState === 'idle') set({ partners: { ...get().partners, loadState: 'loading' } });
        const result = await api.call('partners.list', {});
        if (result.ok) {
          const byId = Object.fromEntries(result.value.map((partner) => [partner.id, partner]));
          set({ partners: { byId, ids: result.value.map((partner) => partner.id), loadState: 'ready', error: null } });
        } else {
          set((state) => ({
            partners: {
              ...state.partners,
              loadState: state.partners.loadState === 'ready' ? 'ready' : 'failed',
              error: result.error.message,
            },
          }));
        }
      },

      async createPartner(input) {
        const result = await api.call('partners.create', input);
        if (result.ok) upsert(result.value.partner);
        return result;
      },

      async updatePartner(input) {
        const result = await api.call('partners.update', input);
        if (result.ok) upsert(result.value.partner);
        return result;
      },

      async setPartnerEnabled(id, enabled) {
        const result = await api.call('partners.setEnabled', { id, enabled });
        if (result.ok) upsert(result.value);
        return result;
      },

      async rotateSigningSecret(input) {
        const result = await api.call('partners.rotateSigningSecret', input);
        if (result.ok) upsert(result.value.partner);
        return result;
      },

      async endSigningOverlap(id) {
        const result = await api.call('partners.endSigningOverlap', { id });
        if (result.ok) upsert(result.value);
        return result;
      },

      async holdPartner(id) {
        const result = await api.call('partners.hold', { id });
        if (result.ok) upsert(result.value);
        return result;
      },

      async releasePartner(id) {
        const result = await api.call('partners.release', { id });
        if (result.ok) upsert(result.value);
        return result;
      },

      async deletePartner(id) {
        const result = await api.call('partners.delete', { id });
        // `not_found` means someone else deleted it: the list should drop it either way.
        if (result.ok || result.error.code === 'not_found') {
          set((state) => {
            const byId = { ...state.partners.byId };
            delete byId[id];
            return { partners: { ...state.partners, byId, ids: state.partners.ids.filter((known) => known !== id) } };
          });
        }
        return result;
      },
    };
  };
}
