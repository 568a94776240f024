import { useCallback, useState } from 'react';
import { draftAfterReload, type DraftOfSaved } from './draft-of-saved';

/**
 * A form's draft of a value the core owns, following that value as it is reloaded
 * without ever discarding pending edits or re-creating inputs for nothing (see
 * `draftAfterReload`). `saved` is compared by identity, as the store replaces what
 * it reloads; `of` may be a new object each render.
 */
export function useDraftOfSaved<S, D>(saved: S, of: DraftOfSaved<S, D>) {
  const [draft, setDraft] = useState<D>(() => of.toDraft(saved));
  const [seen, setSeen] = useState(saved);
  if (saved !== seen) {
    // Adjusted while rendering (React's "storing information from previous renders"),
    // so the draft and the value it follows never disagree on screen.
    setSeen(saved);
    const next = draftAfterReload(draft, seen, saved, of);
    if (next !== draft) setDraft(next);
  }
  const { toDraft, differs } = of;
  /** After a save or a discard: the draft becomes `value`'s, unless it already reads the same. */
  const adopt = useCallback(
    (value: S) => setDraft((current) => (differs(current, value) ? toDraft(value) : current)),
    [toDraft, differs],
  );
  return { draft, setDraft, adopt };
}
