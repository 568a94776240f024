import type { LockHolder } from './data-folder-lock';

/** "14:02 on 22 Nov 2026" in the PC's own zone: the operator compares it with their clock. */
function startedWords(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'earlier';
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const day = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return `at ${time} on ${day}`;
}

/**
 * The one paragraph a second start prints (browser mode) or shows in a dialog
 * (desktop app): who holds the folder, where to find it, and the three ways on.
 */
export function folderInUseMessage(dataDir: string, holder: LockHolder | null): string {
  const why = 'Only one Integration Hub may use a data folder at a time; a second one would send every webhook twice.';
  const elsewhere = 'or start with --data-dir to use another folder.';
  if (!holder) {
    return (
      `Integration Hub is already running with the data folder ${dataDir} (it is still starting). ${why} ` +
      `Use the one that is running, or stop it first, ${elsewhere}`
    );
  }
  const who = `process ${holder.pid}, started ${startedWords(holder.startedAt)}`;
  if (holder.mode === 'browser') {
    const where = holder.address ? ` at ${holder.address}` : '';
    return (
      `Integration Hub is already running in browser mode with the data folder ${dataDir}${where} (${who}). ${why} ` +
      `Open that address in a browser, or stop that process first, ${elsewhere}`
    );
  }
  return (
    `Integration Hub is already running as the desktop app with the data folder ${dataDir} (${who}). ${why} ` +
    `Switch to its window (it may be in the tray or menu bar), or quit it first, ${elsewhere}`
  );
}
