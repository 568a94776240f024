import { storeInputSchema, type StoreInput, type StoreStatus, type StoreView } from '../../../../shared/domain/store';
import type { StoreChange } from '../../../../shared/events/event-data';
import { HubFailure } from '../../api/hub-failure';
import type { DomainDeps } from '../domain-deps';
import { storeChanges, storePayloadOf } from '../payloads/store-payload';
import { StoreRepository } from './store-repository';

/** The outcome of a save: the store now, and whether anything changed (and was published). */
export interface Saved<T> {
  value: T;
  changed: boolean;
}

/**
 * The store: name, money settings, status and hours. Every change publishes
 * `store.updated` (the whole store + `changes[]`) in the same transaction; a save
 * that changes nothing publishes nothing.
 */
export class StoreService {
  readonly repository: StoreRepository;

  constructor(
    private readonly deps: DomainDeps,
    /** Runs inside the save's transaction after a change, for what else it implies. */
    private readonly onChanged: (changes: readonly StoreChange[]) => void = () => {},
  ) {
    this.repository = new StoreRepository(deps.db);
  }

  get(): StoreView {
    const store = this.repository.find();
    if (!store) throw HubFailure.notFound('The store');
    return store;
  }

  save(input: StoreInput): Saved<StoreView> {
    return this.deps.transaction(() => {
      const before = this.get();
      this.refusePastPause(before.status, input.status);
      // Compared before writing, so an unchanged save leaves no trace (not even updated_at).
      const candidate: StoreView = { ...input, id: before.id, updatedAt: before.updatedAt };
      const changes = storeChanges(storePayloadOf(before), storePayloadOf(candidate));
      if (changes.length === 0) return { value: before, changed: false };
      this.repository.write(before.id, input, this.deps.clock.now().getTime());
      const after = this.get();
      this.deps.publish({
        type: 'store.updated',
        resource: { type: 'store', id: after.id },
        summary: `${after.name} ${changes.map((c) => c.field).join(' ')}`,
        data: { store: storePayloadOf(after), changes },
      });
      this.onChanged(changes);
      return { value: after, changed: true };
    });
  }

  /** The one-click status change: the rest of the store stays as it is. */
  setStatus(status: StoreStatus): Saved<StoreView> {
    const { id: _id, updatedAt: _updatedAt, ...current } = this.get();
    return this.save(storeInputSchema.parse({ ...current, status }));
  }

  private refusePastPause(before: StoreStatus, next: StoreStatus): void {
    if (next.state !== 'paused') return;
    if (before.state === 'paused' && before.until === next.until) return;
    if (Date.parse(next.until) <= this.deps.clock.now().getTime()) {
      throw HubFailure.invalidField('status.until', 'Choose a time in the future for the pause to end.');
    }
  }
}
