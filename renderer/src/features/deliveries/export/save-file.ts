/**
 * Hands text to the browser as a download: a Blob from the parts (no one big
 * string), an object URL, and a click on an `<a download>`. Browser mode saves
 * it to Downloads; Electron shows its save dialog. blob: downloads need no CSP
 * source, since nothing is fetched or rendered from the URL.
 */
export function saveFile(parts: readonly string[], fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob(parts as string[], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has taken its own reference by the time the click returns to the event loop.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
