/**
 * How a form's draft is made from what the core saved, and whether a draft
 * reads differently from a saved value (what Save would change).
 */
export interface DraftOfSaved<S, D> {
  toDraft: (saved: S) => D;
  differs: (draft: D, saved: S) => boolean;
}

/**
 * What a form's draft becomes when the saved value it was made from is replaced
 * underneath it (a reload after a change in another window, a one-click status
 * change, the core's answer to a save):
 * - the operator has edits pending (the draft differs from the value it was made
 *   from): the draft is kept — a reload never discards unsaved work;
 * - nothing pending, and the new value reads the same: the draft is kept as it
 *   is, the same object, so the rows keyed inside it (ranges, modifier groups)
 *   keep their keys and no input is re-created under the operator's cursor,
 *   taking the focus and whatever is being typed with it;
 * - nothing pending, and the new value differs: the new value's draft.
 */
export function draftAfterReload<S, D>(draft: D, before: S, after: S, of: DraftOfSaved<S, D>): D {
  if (of.differs(draft, before)) return draft;
  if (!of.differs(draft, after)) return draft;
  return of.toDraft(after);
}
