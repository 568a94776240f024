import type { ResultsWriterScript } from '../../electron/core/ports';

/** The results writer thread, run from source: what the built app starts from `record-writer.js`. */
export const sourceResultsWriter: ResultsWriterScript = {
  url: new URL('./record-writer-source.mjs', import.meta.url),
};
