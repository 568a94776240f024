/** One server-sent event as the browser-mode server writes it. */
export interface SseMessage {
  event: string;
  data: string;
}

/**
 * An incremental parser for `text/event-stream` (the WHATWG rules that matter
 * here): chunks may split lines anywhere, lines end in LF, CRLF or CR, `:` lines
 * are comments (the server's pings), and a blank line dispatches the event.
 * We parse by hand because EventSource cannot send the Authorization header.
 */
export function createSseParser(onMessage: (message: SseMessage) => void): (chunk: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];

  const dispatch = (): void => {
    if (data.length > 0) onMessage({ event: event === '' ? 'message' : event, data: data.join('\n') });
    event = '';
    data = [];
  };

  const takeLine = (line: string): void => {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    // `id` and `retry` are not used: the client refetches state after reconnecting.
  };

  return (chunk: string): void => {
    buffer += chunk;
    for (;;) {
      const match = /\r\n|\r|\n/.exec(buffer);
      if (!match) return;
      // A lone CR at the very end may be the first half of a CRLF split across chunks.
      if (match[0] === '\r' && match.index === buffer.length - 1) return;
      takeLine(buffer.slice(0, match.index));
      buffer = buffer.slice(match.index + match[0].length);
    }
  };
}
