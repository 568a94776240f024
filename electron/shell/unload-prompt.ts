import type { MessageBoxSyncOptions, WebContents } from 'electron';

/** The native question asked when a page with unsaved changes is about to be left; "Stay" is the safe default. */
export const leavePromptOptions: MessageBoxSyncOptions = {
  type: 'question',
  buttons: ['Leave', 'Stay'],
  defaultId: 1,
  cancelId: 1,
  noLink: true,
  title: 'Unsaved changes',
  message: 'Leave without saving?',
  detail: 'Changes you made on this page have not been saved. If you leave now, they are lost.',
};

/** The index of "Leave" in {@link leavePromptOptions}. */
export const leaveButton = 0;

/**
 * The renderer asks before a page with unsaved edits is left (`beforeunload`).
 * Electron shows no dialog for that: it cancels the unload silently, so the
 * window's close — or a quit — would do nothing at all. This asks the operator
 * natively. Per Electron, `preventDefault()` here *ignores* the page's objection
 * and lets it unload; not calling it keeps the page (and cancels a quit).
 */
export function askBeforeLeaving(contents: Pick<WebContents, 'on'>, ask: () => number, onStay: () => void): void {
  contents.on('will-prevent-unload', (event) => {
    if (ask() === leaveButton) event.preventDefault();
    else onStay();
  });
}
