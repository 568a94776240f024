/**
 * The log's loaded rows, kept in chunks of a few hundred: adding a page or
 * patching a row copies one chunk, not every row loaded so far. With 100,000
 * rows scrolled through, copying them all cost ~30 ms per page and per live update.
 */
export type RowChunks<T extends { id: number }> = readonly Readonly<Record<number, T>>[];

/** New rows go into the last chunk until it holds this many. */
const chunkSize = 500;

/** The loaded row with this id, if any. */
export function rowIn<T extends { id: number }>(chunks: RowChunks<T>, id: number): T | undefined {
  for (const chunk of chunks) {
    const row = chunk[id];
    if (row) return row;
  }
  return undefined;
}

/** `chunks` with `rows` put in: known ones replaced where they are, new ones added to the last chunk. */
export function withRows<T extends { id: number }>(chunks: RowChunks<T>, rows: readonly T[]): RowChunks<T> {
  if (rows.length === 0) return chunks;
  const next = [...chunks];
  const copied = new Set<number>();
  const fresh: T[] = [];
  for (const row of rows) {
    const at = next.findIndex((chunk) => chunk[row.id] !== undefined);
    if (at === -1) {
      fresh.push(row);
      continue;
    }
    if (!copied.has(at)) {
      next[at] = { ...next[at] };
      copied.add(at);
    }
    (next[at] as Record<number, T>)[row.id] = row;
  }
  for (let start = 0; start < fresh.length;) {
    const last = next.length - 1;
    const tail = next[last];
    const room = tail && Object.keys(tail).length < chunkSize ? chunkSize - Object.keys(tail).length : 0;
    const take = room > 0 ? room : chunkSize;
    const batch = Object.fromEntries(fresh.slice(start, start + take).map((row) => [row.id, row]));
    if (room > 0) next[last] = { ...tail, ...batch };
    else next.push(batch);
    start += take;
  }
  return next;
}

/** Chunks holding exactly `rows`. */
export function chunksOf<T extends { id: number }>(rows: readonly T[]): RowChunks<T> {
  return withRows([], rows);
}
