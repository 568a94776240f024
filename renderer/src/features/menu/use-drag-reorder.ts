import { useRef, useState, type DragEvent } from 'react';
import { droppedOn } from '../../forms/list-order';

/**
 * Drag-to-reorder for a list of ids (HTML drag and drop). The keyboard way to the
 * same result is each entry's Move up / Move down; this is the pointer's.
 */
export function useDragReorder(ids: readonly string[], onReorder: (ids: string[]) => void, enabled = true) {
  // What is being dragged, known at once: the first dragover can come before React has
  // re-rendered for the dragstart, and a dragover not accepted then refuses the drop.
  const picked = useRef<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const end = (): void => {
    picked.current = null;
    setDragging(null);
    setOver(null);
  };
  return {
    dragging,
    over,
    /** For the element that is picked up. */
    sourceProps: (id: string) =>
      enabled
        ? {
            draggable: true,
            onDragStart: (event: DragEvent) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', id);
              picked.current = id;
              setDragging(id);
            },
            onDragEnd: end,
          }
        : {},
    /** For the element a dragged entry may be dropped on (usually the same one). */
    targetProps: (id: string) =>
      enabled
        ? {
            onDragOver: (event: DragEvent) => {
              if (picked.current === null) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              if (over !== id) setOver(id);
            },
            onDrop: (event: DragEvent) => {
              event.preventDefault();
              const moved = picked.current;
              if (moved !== null && moved !== id) onReorder(droppedOn(ids, moved, id));
              end();
            },
          }
        : {},
  };
}
