import type { AlertsSlice } from './alerts-slice';
import type { AppSlice } from './app-slice';
import type { ChecksSlice } from './checks-slice';
import type { DeliveriesSlice } from './deliveries-slice';
import type { DesktopSlice } from './desktop-slice';
import type { DomainSyncSlice } from './domain-sync-slice';
import type { HealthSlice } from './health-slice';
import type { InboxSlice } from './inbox-slice';
import type { LateOrdersSlice } from './late-orders-slice';
import type { MenuStructureSlice } from './menu-structure-slice';
import type { MenusSlice } from './menus-slice';
import type { OrderHooksSlice } from './order-hooks-slice';
import type { PartnersSlice } from './partners-slice';
import type { PartnerResyncSlice } from './partner-resync-slice';
import type { RecipientsSlice } from './recipients-slice';
import type { RestaurantSlice } from './restaurant-slice';
import type { WatchedDeliveriesSlice } from './watched-deliveries-slice';

/** The one store: every feature slice side by side. */
export type AppState = AppSlice &
  OrderHooksSlice &
  PartnersSlice &
  HealthSlice &
  RestaurantSlice &
  MenusSlice &
  MenuStructureSlice &
  ChecksSlice &
  RecipientsSlice &
  DeliveriesSlice &
  WatchedDeliveriesSlice &
  InboxSlice &
  AlertsSlice &
  DomainSyncSlice &
  DesktopSlice &
  PartnerResyncSlice &
  LateOrdersSlice;

/** Where a core-owned piece of state is in its first load. */
export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';
