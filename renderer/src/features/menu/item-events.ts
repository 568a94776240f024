import type { EventType } from '../../../../shared/domain/event-types';

/**
 * What saving an item — alone, in bulk, or after a price question — emits (issue 4
 * point 2); one module-level list, so "who will receive this" is asked once.
 */
export const itemEvents: readonly EventType[] = ['menu.item.updated', 'menu.updated'];
