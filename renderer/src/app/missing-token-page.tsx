import { FullPageMessage } from './full-page-message';

/** Browser mode opened without the `?token=` the server printed. */
export function MissingTokenPage() {
  return (
    <FullPageMessage title="Open the Integration Hub from its address">
      <p>
        This page needs the full address printed by <code>npm start</code> (it ends in <code>?token=…</code>). Copy it
        from the terminal and open it again.
      </p>
    </FullPageMessage>
  );
}
