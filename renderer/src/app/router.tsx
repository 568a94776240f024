import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { AppFrame } from './app-frame';
import { NotFoundPage } from './not-found-page';

/**
 * One chunk per screen (#9): the window downloads and parses only the screen it
 * opens on, and a heavy dependency (uPlot for the health charts) only with the
 * screens that draw it. AppFrame's Suspense keeps the frame on screen meanwhile;
 * navigations run in a transition, so the previous screen stays until the next
 * one's chunk has arrived.
 */
const screenChunks = {
  'hub/dashboard': () => import('../features/dashboard/dashboard-page'),
  'hub/order-webhooks': () => import('../features/order-webhooks/order-webhooks-page'),
  'hub/partners': () => import('../features/partners/partners-page'),
  'hub/events': () => import('../features/events/event-catalog-page'),
  'hub/inbox': () => import('../features/inbox/inbox-page'),
  menu: () => import('../features/menu/menu-page'),
  'menu/hours': () => import('../features/menu-hours/menu-hours-page'),
  store: () => import('../features/store/store-page'),
  orders: () => import('../features/orders/orders-page'),
  deliveries: () => import('../features/deliveries/deliveries-page'),
  settings: () => import('../features/settings/settings-page'),
} as const;

type ScreenPath = keyof typeof screenChunks;
const firstScreen: ScreenPath = 'hub/order-webhooks';

function screen<Path extends ScreenPath, Name extends keyof Awaited<ReturnType<(typeof screenChunks)[Path]>>>(
  path: Path,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const chunk = (await screenChunks[path]()) as Record<Name, ComponentType>;
    return { default: chunk[name] };
  });
}

/**
 * Starts downloading the chunk of the screen the window opens on (`location.hash`)
 * before React renders anything: the main chunk takes a few hundred milliseconds to
 * evaluate, and the screen's own would otherwise be asked for only after that and
 * the frame's first render. `import()` hands React.lazy the same module later.
 */
export function preloadScreen(hash: string): void {
  const path = screenOfHash(hash);
  // A failed download is the lazy screen's to report, with the app's own message.
  if (path) screenChunks[path]().catch(() => undefined);
}

/** The screen a `#/…` address opens (the first screen for `#/` and `#/hub`), or null for none of them. */
export function screenOfHash(hash: string): ScreenPath | null {
  const path = hash
    .replace(/^#\/?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/$/, '');
  if (path === '' || path === 'hub') return firstScreen;
  return Object.hasOwn(screenChunks, path) ? (path as ScreenPath) : null;
}

const DashboardPage = screen('hub/dashboard', 'DashboardPage');
const OrderWebhooksPage = screen('hub/order-webhooks', 'OrderWebhooksPage');
const PartnersPage = screen('hub/partners', 'PartnersPage');
const EventCatalogPage = screen('hub/events', 'EventCatalogPage');
const InboxPage = screen('hub/inbox', 'InboxPage');
const MenuPage = screen('menu', 'MenuPage');
const MenuHoursPage = screen('menu/hours', 'MenuHoursPage');
const StorePage = screen('store', 'StorePage');
const OrdersPage = screen('orders', 'OrdersPage');
const DeliveriesPage = screen('deliveries', 'DeliveriesPage');
const SettingsPage = screen('settings', 'SettingsPage');

/**
 * Hash routes: the browser-mode server serves one file and the Electron window
 * loads it from disk, so the path part of the URL never changes.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppFrame />,
      children: [
        { index: true, element: <Navigate to={`/${firstScreen}`} replace /> },
        { path: 'hub', element: <Navigate to={`/${firstScreen}`} replace /> },
        { path: 'hub/dashboard', element: <DashboardPage /> },
        { path: 'hub/order-webhooks', element: <OrderWebhooksPage /> },
        { path: 'hub/partners', element: <PartnersPage /> },
        { path: 'hub/events', element: <EventCatalogPage /> },
        { path: 'hub/inbox', element: <InboxPage /> },
        { path: 'menu', element: <MenuPage /> },
        { path: 'menu/hours', element: <MenuHoursPage /> },
        { path: 'store', element: <StorePage /> },
        { path: 'orders', element: <OrdersPage /> },
        { path: 'deliveries', element: <DeliveriesPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
