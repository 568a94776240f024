import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readExcerpt } from '../../../../../electron/core/delivery/read-excerpt';

describe('readExcerpt', () => {
  it('reads a short body to its end', async () => {
    const body = new PassThrough();
    const reading = readExcerpt(body, 10, new AbortController().signal);
    body.end('hello');
    expect(await reading).toEqual({ bytes: Buffer.from('hello'), truncated: false });
  });

  it('keeps exactly maxBytes of a longer body and destroys the stream', async () => {
    const body = new PassThrough();
    const reading = readExcerpt(body, 4, new AbortController().signal);
    body.write('abc');
    body.write('defgh');
    const excerpt = await reading;
    expect(excerpt).toEqual({ bytes: Buffer.from('abcd'), truncated: true });
    expect(body.destroyed).toBe(true);
  });

  it('a body exactly maxBytes long is not truncated', async () => {
    const body = new PassThrough();
    const reading = readExcerpt(body, 4, new AbortController().signal);
    body.end('abcd');
    expect((await reading).truncated).toBe(false);
  });

  it('rejects and destroys the stream when aborted', async () => {
    const body = new PassThrough();
    const controller = new AbortController();
    const reading = readExcerpt(body, 10, controller.signal);
    body.write('a');
    controller.abort(new Error('timed out'));
    await expect(reading).rejects.toThrow('timed out');
    expect(body.destroyed).toBe(true);
  });

  it('rejects a body cut off by the connection', async () => {
    const body = new PassThrough();
    const reading = readExcerpt(body, 10, new AbortController().signal);
    body.destroy();
    await expect(reading).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
