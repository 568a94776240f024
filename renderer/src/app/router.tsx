import { createHashRouter, Navigate } from 'react-router';
import { OrderWebhooksPage } from '../features/order-webhooks/order-webhooks-page';
import { PartnersPage } from '../features/partners/partners-page';
import { AppFrame } from './app-frame';
import { NotBuiltPage } from './not-built-page';
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
        { path: 'hub/order-webhooks', element: <OrderWebhooksPage /> },
        { path: 'hub/partners', element: <PartnersPage /> },
        { path: 'menu', element: <NotBuiltPage title="Menu" /> },
        { path: 'store', element: <NotBuiltPage title="Store" /> },
        { path: 'orders', element: <NotBuiltPage title="Orders" /> },
        { path: 'deliveries', element: <NotBuiltPage title="Deliveries" /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
