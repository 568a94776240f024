import type { ReactNode } from 'react';
import './full-page-message.css';

/** For states where nothing else on the page can work: no token, session ended. */
export function FullPageMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="full-page-message">
      <div className="full-page-card" role="alert">
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
