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
function screen<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const component: ComponentType = (await load())[name];
    return { default: component };
  });
}

const DashboardPage = screen(() => import('../features/dashboard/dashboard-page'), 'DashboardPage');
const OrderWebhooksPage = screen(() => import('../features/order-webhooks/order-webhooks-page'), 'OrderWebhooksPage');
const PartnersPage = screen(() => import('../features/partners/partners-page'), 'PartnersPage');
const EventCatalogPage = screen(() => import('../features/events/event-catalog-page'), 'EventCatalogPage');
const InboxPage = screen(() => import('../features/inbox/inbox-page'), 'InboxPage');
const MenuPage = screen(() => import('../features/menu/menu-page'), 'MenuPage');
const MenuHoursPage = screen(() => import('../features/menu-hours/menu-hours-page'), 'MenuHoursPage');
const StorePage = screen(() => import('../features/store/store-page'), 'StorePage');
const OrdersPage = screen(() => import('../features/orders/orders-page'), 'OrdersPage');
const DeliveriesPage = screen(() => import('../features/deliveries/deliveries-page'), 'DeliveriesPage');
const SettingsPage = screen(() => import('../features/settings/settings-page'), 'SettingsPage');

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
        { index: true, element: <Navigate to="/hub/order-webhooks" replace /> },
        { path: 'hub', element: <Navigate to="/hub/order-webhooks" replace /> },
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
