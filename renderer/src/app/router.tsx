import { createHashRouter, Navigate } from 'react-router';
import { MenuPage } from '../features/menu/menu-page';
import { MenuHoursPage } from '../features/menu-hours/menu-hours-page';
import { OrdersPage } from '../features/orders/orders-page';
import { OrderWebhooksPage } from '../features/order-webhooks/order-webhooks-page';
import { PartnersPage } from '../features/partners/partners-page';
import { StorePage } from '../features/store/store-page';
import { AppFrame } from './app-frame';
import { DeliveriesPage } from '../features/deliveries/deliveries-page';
import { InboxPage } from '../features/inbox/inbox-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { SettingsPage } from '../features/settings/settings-page';
import { NotFoundPage } from './not-found-page';

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
        { path: 'hub/inbox', element: <InboxPage /> },
        { path: 'hub/settings', element: <SettingsPage /> },
        { path: 'menu', element: <MenuPage /> },
        { path: 'menu/hours', element: <MenuHoursPage /> },
        { path: 'store', element: <StorePage /> },
        { path: 'orders', element: <OrdersPage /> },
        { path: 'deliveries', element: <DeliveriesPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
