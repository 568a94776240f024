import type { SampleDataReset } from '../../../shared/domain/sample-data';
import { CheckService } from './checks/check-service';
import type { DomainDeps } from './domain-deps';
import { MenuService } from './menu/menu-service';
import { MenuStructureService } from './menu/menu-structure-service';
import { menuPayloadOf } from './payloads/menu-payload';
import { storeChanges, storePayloadOf } from './payloads/store-payload';
import { sampleSize, writeSample } from './sample/sample-writer';
import { StoreService } from './store/store-service';

/**
 * The back-office domain assembled: store, menus and checks over the hub's
 * database. A database without a store gets the sample restaurant, silently:
 * seeding is not a change anyone made, so it tells no partner.
 */
export class BackOffice {
  readonly store: StoreService;
  readonly menus: MenuService;
  readonly structure: MenuStructureService;
  readonly checks: CheckService;

  constructor(private readonly deps: DomainDeps) {
    // A new currency changes what every price means: partners get each menu again.
    this.store = new StoreService(deps, (changes) => {
      if (!changes.some((c) => c.field === 'currency')) return;
      this.menus.menusChanged(
        this.menus.list().map((m) => m.id),
        deps.clock.now().getTime(),
      );
    });
    this.menus = new MenuService(deps, () => {
      const { currency, timezone } = this.store.get();
      return { currency, timezone };
    });
    this.structure = new MenuStructureService(deps, this.menus, () => this.store.get().hours);
    this.checks = new CheckService(deps, this.menus.reader, () => this.store.get());
    // The delivery system's transaction (not a bare write) so a crash mid-seed leaves nothing half-written.
    deps.transaction(() => {
      if (!this.store.repository.find()) this.writeSample();
    });
  }

  /**
   * Replaces store, menus and checks with the sample. Partners are told what the
   * new data is with snapshots — one `menu.updated` per menu and one
   * `store.updated` — rather than a per-item flood; checks vanish silently
   * (a demo reset is not a cancellation).
   */
  resetSample(): SampleDataReset {
    return this.deps.transaction(() => {
      const before = storePayloadOf(this.store.get());
      this.writeSample();
      const store = this.store.get();
      let eventsPublished = 0;
      for (const { id } of this.menus.list()) {
        const menu = this.menus.get(id);
        this.deps.publish({
          type: 'menu.updated',
          resource: { type: 'menu', id },
          summary: menu.name,
          data: { menu: menuPayloadOf(menu) },
        });
        eventsPublished += 1;
      }
      const after = storePayloadOf(store);
      this.deps.publish({
        type: 'store.updated',
        resource: { type: 'store', id: store.id },
        summary: `${store.name} sample data reset`,
        data: { store: after, changes: storeChanges(before, after) },
      });
      return { ...sampleSize, eventsPublished: eventsPublished + 1 };
    });
  }

  private writeSample(): void {
    writeSample(
      this.deps.db,
      this.menus.writer,
      this.store.repository,
      this.deps.storeId,
      this.deps.clock.now().getTime(),
    );
  }
}
