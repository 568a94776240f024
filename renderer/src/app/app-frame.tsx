import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useAppStore } from '../store/store-context';
import { LateOrderAlerts } from '../features/late-orders/late-order-alerts';
import { AlertToasts } from './alert-toasts';
import { NoticeBanners } from './notice-banners';
import { OfflineBanner } from './offline-banner';
import { SideNav } from './side-nav';
import { SkipLink } from './skip-link';
import { StatusBar } from './status-bar';
import { StoreStatusBanner } from './store-status-banner';
import './app-frame.css';

const mainId = 'main-content';

/** Navigation on the left, the screen in the middle, the status bar always at the bottom. */
export function AppFrame() {
  const infoError = useAppStore((state) => (state.app.infoState === 'failed' ? state.app.infoError : null));
  return (
    <div className="app-frame">
      <SkipLink targetId={mainId} />
      <SideNav />
      <main id={mainId} className="app-main" tabIndex={-1}>
        {infoError ? (
          <p className="inline-message inline-message-error app-load-error" role="alert">
            Could not load the app&apos;s details: {infoError}
          </p>
        ) : null}
        <LateOrderAlerts />
        <OfflineBanner />
        <StoreStatusBanner />
        <NoticeBanners />
        {/* A screen's chunk loads in milliseconds from disk: an empty, busy area rather than a flash of "Loading…". */}
        <Suspense fallback={<div className="screen-loading" aria-busy="true" />}>
          <Outlet />
        </Suspense>
      </main>
      <StatusBar />
      <AlertToasts />
    </div>
  );
}
