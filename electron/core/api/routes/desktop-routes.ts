import type { DesktopSettings } from '../../../../shared/domain/desktop';
import type { SettingsRepository } from '../../settings/settings-repository';
import { HubFailure } from '../hub-failure';
import type { HandlerGroup } from '../handlers';

/** What the desktop app tells the core about itself; absent in browser mode. */
export interface DesktopDefaults {
  /** Start at login when the operator never chose: on in the packaged app, off when run from source. */
  startAtLogin: boolean;
}

/**
 * Routes desktop.*: the desktop app's own settings, kept with the others in the
 * settings file. The core only stores them; the shell applies them to the OS when
 * it hears `settings.changed` with scope `desktop` (the settings repository announces it).
 */
export function desktopRoutes(
  settings: SettingsRepository,
  defaults: DesktopDefaults | undefined,
): HandlerGroup<'desktop.get' | 'desktop.save'> {
  const view = (): DesktopSettings => ({
    available: defaults !== undefined,
    startAtLogin: settings.current.desktop.startAtLogin ?? defaults?.startAtLogin ?? false,
  });
  return {
    'desktop.get': view,
    'desktop.save': ({ startAtLogin }) => {
      if (!defaults) {
        throw HubFailure.invalidField(
          'startAtLogin',
          'Start at login is a setting of the desktop app; change it in the desktop app.',
        );
      }
      settings.update((draft) => ({ ...draft, desktop: { startAtLogin } }));
      return view();
    },
  };
}
