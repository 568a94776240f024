import { useCallback, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';

/** What the side panel edits: an item, a new item in a category, or nothing. */
export type EditTarget = { kind: 'item'; id: string } | { kind: 'new'; categoryId: string } | null;

const sameTarget = (a: EditTarget, b: EditTarget): boolean =>
  a === b ||
  (a?.kind === 'item' && b?.kind === 'item' && a.id === b.id) ||
  (a?.kind === 'new' && b?.kind === 'new' && a.categoryId === b.categoryId);

/**
 * The Menu page's one editor: which item it shows, whether it holds unsaved
 * edits, and the question before those are thrown away — by opening another
 * item, adding one, or switching menus.
 */
export function useItemEditing(nameOf: (id: string) => string | undefined) {
  const [target, setTarget] = useState<EditTarget>(null);
  const [dirty, setDirty] = useState(false);
  const [pending, setPending] = useState<{ next: EditTarget; then?: () => void } | null>(null);

  /** Opens `next` in the editor (and runs `then`), asking first when edits would be lost. */
  const request = useCallback(
    (next: EditTarget, then?: () => void): void => {
      if (sameTarget(next, target) && !then) return;
      if (dirty) {
        setPending({ next, then });
        return;
      }
      setTarget(next);
      then?.();
    },
    [dirty, target],
  );

  /** After a save or a delete: no question, the edits are saved or gone. */
  const show = useCallback((next: EditTarget): void => {
    setDirty(false);
    setTarget(next);
  }, []);

  const question: ReactNode = pending ? (
    <ConfirmDialog
      // Named, so the operator knows which edits would go (the editor may be scrolled away).
      title={`Discard your changes to ${target?.kind === 'item' ? (nameOf(target.id) ?? 'this item') : 'the new item'}?`}
      description="The item you are editing has changes that are not saved."
      confirmLabel="Discard changes"
      danger
      onClose={() => setPending(null)}
      onConfirm={() => {
        setDirty(false);
        setTarget(pending.next);
        pending.then?.();
        setPending(null);
        return Promise.resolve(null);
      }}
    />
  ) : null;

  return { target, dirty, setDirty, request, show, question };
}
