import type { ResyncJobs } from '../../resync/resync-jobs';
import type { HandlerGroup } from '../handlers';

/** Routes "Send current state" (#14 point 3). */
export function partnerResyncRoutes(
  jobs: ResyncJobs,
): HandlerGroup<'partners.resyncPlan' | 'partners.resync' | 'partners.cancelResync'> {
  return {
    'partners.resyncPlan': ({ id }) => jobs.plan(id),
    'partners.resync': ({ id }) => jobs.start(id),
    'partners.cancelResync': ({ id }) => jobs.cancel(id),
  };
}
