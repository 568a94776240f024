import { describe, expect, it } from 'vitest';
import { chunksOf, rowIn, withRows } from '../../../../renderer/src/store/row-chunks';

const row = (id: number, state = 'delivered') => ({ id, state });
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => row(from - i));

describe('the log rows in chunks', () => {
  it('finds every row put in, and nothing else', () => {
    const chunks = withRows(chunksOf(range(1000, 300)), range(700, 300));
    expect(rowIn(chunks, 1000)).toEqual(row(1000));
    expect(rowIn(chunks, 401)).toEqual(row(401));
    expect(rowIn(chunks, 400)).toBeUndefined();
    expect(chunks.reduce((sum, chunk) => sum + Object.keys(chunk).length, 0)).toBe(600);
  });

  it('adds a page by filling the last chunk up to 500 rows, then starting another', () => {
    const chunks = withRows(chunksOf(range(1000, 300)), range(700, 300));
    expect(chunks.map((chunk) => Object.keys(chunk).length)).toEqual([500, 100]);
  });

  it('copies only the chunks it changes, so a page or a patch costs the same however much is loaded', () => {
    let chunks = chunksOf(range(100_000, 500));
    for (let page = 1; page < 200; page++) chunks = withRows(chunks, range(100_000 - page * 500, 500));
    expect(chunks).toHaveLength(200);

    const patched = withRows(chunks, [row(99_000, 'failed')]);
    expect(rowIn(patched, 99_000)?.state).toBe('failed');
    expect(rowIn(chunks, 99_000)?.state).toBe('delivered');
    const copied = patched.filter((chunk, i) => chunk !== chunks[i]);
    expect(copied).toHaveLength(1);

    const more = withRows(
      chunks,
      range(0, 100).map((r) => row(r.id - 1)),
    );
    expect(more.slice(0, 200).every((chunk, i) => chunk === chunks[i])).toBe(true);
  });

  it('returns the same chunks when there is nothing to put in', () => {
    const chunks = chunksOf(range(10, 5));
    expect(withRows(chunks, [])).toBe(chunks);
  });
});
