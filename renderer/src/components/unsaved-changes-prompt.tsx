import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { Dialog } from './dialog';

/**
 * Asks before leaving a screen with unsaved edits: an in-app dialog for route
 * changes, and the browser's own prompt for reloads and closing the window.
 */
export function UnsavedChangesPrompt({ when }: { when: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog
      role="alertdialog"
      title="Leave without saving?"
      description="You have changes on this page that are not saved. If you leave now, they are lost."
      onClose={() => blocker.reset()}
      footer={
        <>
          <button type="button" className="button" onClick={() => blocker.proceed()}>
            Leave without saving
          </button>
          <button type="button" className="button button-primary" data-autofocus onClick={() => blocker.reset()}>
            Stay
          </button>
        </>
      }
    />
  );
}
