import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { followDesktopLinks } from './app/follow-desktop-links';
import { MissingTokenPage } from './app/missing-token-page';
import { preloadScreen } from './app/router';
import { connectEvents } from './store/connect-events';
import { createAppStore } from './store/create-app-store';
import { StoreProvider } from './store/store-context';
import { pickConnection } from './transport/pick-connection';
import './styles/theme.css';
import './styles/base.css';
import './styles/buttons.css';

// Before anything else: the screen's chunk downloads while the app starts.
preloadScreen(window.location.hash);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);
const connection = pickConnection();

if (!connection) {
  root.render(<MissingTokenPage />);
} else {
  const store = createAppStore(connection.api);
  // Events first, so nothing that changes while the first loads are in flight is missed.
  connectEvents(store, connection);
  followDesktopLinks(connection.api);
  void store.getState().loadAppInfo();
  void store.getState().loadStatus();
  // Late orders stay at the top of every screen until handled (#14).
  void store.getState().loadLateOrders();
  // Every screen shows times in the store's zone and its status banner.
  void store.getState().loadRestaurant();
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
