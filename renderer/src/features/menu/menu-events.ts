import type { EventType } from '../../../../shared/domain/event-types';

/*
 * What each kind of menu change emits, for "Who will receive this" (module-level
 * lists, so each question is asked once). Saving or 86'ing an item: item-events.ts.
 */

/** Adding an item, or duplicating one. */
export const newItemEvents: readonly EventType[] = ['menu.item.created', 'menu.updated'];

/** Deleting an item. */
export const deleteItemEvents: readonly EventType[] = ['menu.item.deleted', 'menu.updated'];

/** Adding, renaming, reordering or deleting an empty category; creating or renaming a menu. */
export const structureEvents: readonly EventType[] = ['menu.updated'];

/** Deleting a category whose items move elsewhere: each moved item changes category. */
export const moveItemsEvents: readonly EventType[] = ['menu.item.updated', 'menu.updated'];

/** Deleting a menu. */
export const deleteMenuEvents: readonly EventType[] = ['menu.deleted'];
