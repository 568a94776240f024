import { ensurePrivateDir } from './files/private-files';
import { createDispatcher } from './api/dispatcher';
import { appRoutes } from './api/routes/app-routes';
import { orderHooksRoutes } from './api/routes/order-hooks-routes';
import { partnersRoutes } from './api/routes/partners-routes';
import { EventBus } from './events/event-bus';
import { createConsoleLogger } from './logging/console-logger';
import { NoticeBoard } from './notices/notice-board';
import { systemClock, type Hub, type HubOptions } from './ports';
import { SecretStore } from './secrets/secret-store';
import { OrderHooksService } from './services/order-hooks-service';
import { PartnersService } from './services/partners-service';
import { SettingsRepository } from './settings/settings-repository';
import type { SystemStatus } from '../../shared/domain/app-info';

/**
 * Builds the Electron-free core from its ports: settings, secrets, services and
 * the dispatcher that is the only way in. Problems found while opening files
 * become notices for the operator instead of a crash or a silent reset.
 */
export function createHub(options: HubOptions): Promise<Hub> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createConsoleLogger();
  ensurePrivateDir(options.dataDir);

  const events = new EventBus(logger);
  const notices = new NoticeBoard(clock, events);
  const settings = SettingsRepository.open({ dir: options.dataDir, openBackend: options.openSettings, clock });
  for (const report of settings.reports) notices.post(report.level, report.message);
  const secrets = SecretStore.open(options.dataDir, options.cipher, clock);
  if (secrets.problem) {
    notices.post(
      'warning',
      `Your saved secrets could not be read, so API key values and partner secrets must be entered again. ` +
        `The unreadable file was kept as ${secrets.problem.backupPath}.`,
    );
  }

  const status = (): SystemStatus => ({ online: options.connectivity.isOnline(), queued: 0, failingPartners: [] });
  const stopWatching = options.connectivity.watch(() => events.emit('system.status', status()));

  const dispatch = createDispatcher(
    {
      ...appRoutes({
        info: () => ({
          name: 'Integration Hub',
          version: options.appVersion,
          mode: options.mode,
          dataDir: options.dataDir,
          secrets: options.cipher.protection,
        }),
        notices,
        status,
      }),
      ...orderHooksRoutes(new OrderHooksService(settings, secrets, clock), events),
      ...partnersRoutes(new PartnersService(settings, secrets, clock), events),
    },
    logger,
  );

  return Promise.resolve({
    call: dispatch,
    subscribe: (listener) => events.subscribe(listener),
    close: () => {
      stopWatching();
      return Promise.resolve();
    },
  });
}
