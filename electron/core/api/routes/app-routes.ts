import type { AppInfo, SystemStatus } from '../../../../shared/domain/app-info';
import type { NoticeBoard } from '../../notices/notice-board';
import type { HandlerGroup } from '../handlers';
import { HubFailure } from '../hub-failure';

interface AppRouteDeps {
  info(): Omit<AppInfo, 'notices'>;
  notices: NoticeBoard;
  status(): SystemStatus;
}

/** Routes the app.* and system.* methods. */
export function appRoutes(deps: AppRouteDeps): HandlerGroup<'app.info' | 'app.dismissNotice' | 'system.status'> {
  const info = (): AppInfo => ({ ...deps.info(), notices: deps.notices.list() });
  return {
    'app.info': info,
    'app.dismissNotice': ({ id }) => {
      // The window drops it either way; the answer says it was already gone.
      if (!deps.notices.dismiss(id)) throw HubFailure.notFound('That notice');
      return info();
    },
    'system.status': () => deps.status(),
  };
}
