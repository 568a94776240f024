import { FullPageMessage } from './full-page-message';

/** The browser-mode server restarted with a new token; this tab's token is worthless now. */
export function SessionEndedPage() {
  return (
    <FullPageMessage title="Session ended">
      <p>
        This page&apos;s session has ended — open the address printed by <code>npm start</code> again.
      </p>
    </FullPageMessage>
  );
}
