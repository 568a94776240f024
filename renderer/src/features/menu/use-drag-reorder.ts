import { useState, type DragEvent } from 'react';
import { droppedOn } from '../../forms/list-order';

/**
 * Drag-to-reorder for a list of ids (HTML drag and drop). The keyboard way to the
 * same result is each entry's Move up / Move down; this is the pointer's.
 */
export function useDragReorder(ids: readonly string[], onReorder: (ids: string[]) => void, enabled = true) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const end = (): void => {
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
              if (dragging === null) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              if (over !== id) setOver(id);
            },
            onDrop: (event: DragEvent) => {
              event.preventDefault();
              if (dragging !== null && dragging !== id) onReorder(droppedOn(ids, dragging, id));
              end();
            },
          }
        : {},
  };
}
