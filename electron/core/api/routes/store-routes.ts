import { pending } from '../../domain/pending';
import type { HandlerGroup } from '../handlers';

/** Routes the store.* methods. */
export function storeRoutes(): HandlerGroup<'store.get' | 'store.save' | 'store.setStatus' | 'sampleData.reset'> {
  return { 'store.get': pending, 'store.save': pending, 'store.setStatus': pending, 'sampleData.reset': pending };
}
