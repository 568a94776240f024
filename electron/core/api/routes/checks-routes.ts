import { pending } from '../../domain/pending';
import type { HandlerGroup } from '../handlers';

type CheckMethods =
  | 'checks.list'
  | 'checks.get'
  | 'checks.open'
  | 'checks.addLine'
  | 'checks.removeLine'
  | 'checks.changeTable'
  | 'checks.close'
  | 'checks.cancel';

/** Routes the checks.* methods. */
export function checksRoutes(): HandlerGroup<CheckMethods> {
  return {
    'checks.list': pending,
    'checks.get': pending,
    'checks.open': pending,
    'checks.addLine': pending,
    'checks.removeLine': pending,
    'checks.changeTable': pending,
    'checks.close': pending,
    'checks.cancel': pending,
  };
}
