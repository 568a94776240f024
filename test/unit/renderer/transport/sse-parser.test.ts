import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from '../../../../renderer/src/transport/sse-parser';

function parseAll(chunks: string[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const feed = createSseParser((message) => messages.push(message));
  chunks.forEach(feed);
  return messages;
}

describe('createSseParser', () => {
  it('dispatches named events on a blank line and skips ping comments', () => {
    expect(parseAll([': ping\n\nevent: system.status\ndata: {"online":true}\n\n'])).toEqual([
      { event: 'system.status', data: '{"online":true}' },
    ]);
  });

  it('joins chunks split anywhere, including inside a CRLF', () => {
    const text = 'event: app.notice\r\ndata: {"id":"1"}\r\n\r\n';
    const chunks = [...text];
    expect(parseAll(chunks)).toEqual([{ event: 'app.notice', data: '{"id":"1"}' }]);
  });

  it('joins multi-line data with newlines and defaults the event name', () => {
    expect(parseAll(['data: a\ndata: b\n\n'])).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('does not dispatch an event until its blank line arrives', () => {
    expect(parseAll(['event: x\ndata: 1\n'])).toEqual([]);
  });
});
