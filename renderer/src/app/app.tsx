import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { useAppStore } from '../store/store-context';
import { createAppRouter } from './router';
import { SessionEndedPage } from './session-ended-page';

export function App() {
  const sessionEnded = useAppStore((state) => state.app.link === 'session-ended');
  // One router for the life of the window; created lazily so tests can mount App twice.
  const [router] = useState(createAppRouter);
  if (sessionEnded) return <SessionEndedPage />;
  return <RouterProvider router={router} />;
}
