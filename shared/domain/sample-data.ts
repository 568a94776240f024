/** What `sampleData.reset` did. */
export interface SampleDataReset {
  menus: number;
  items: number;
  /** Events published to tell partners (one `menu.updated` per menu and one `store.updated`). */
  eventsPublished: number;
}

/** Scopes of `domain.changed`: which data other windows should refetch. */
export type DomainScope = 'store' | 'menus' | 'checks' | 'all';
