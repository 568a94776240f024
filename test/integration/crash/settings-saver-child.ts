// Saves the Order Webhooks page and a partner over and over, through the real
// services, until the settings crash test SIGKILLs it. Save number n writes
// header name `…-n` with value `…-n` (or clears both, every third save), so a
// settings file and a secret store from different saves are visible at once.
// Started ahead by WarmChildren; told `go <data-dir> <first-save-number>` on stdin.
import { createPlaintextCipher } from '../../../electron/core/secrets/plaintext-cipher';
import { OrderHooksService } from '../../../electron/core/services/order-hooks-service';
import { PartnersService } from '../../../electron/core/services/partners-service';
import { openConfBackend } from '../../../electron/core/settings/conf-backend';
import { openConfiguration } from '../../../electron/core/settings/open-configuration';
import { systemClock } from '../../../electron/core/ports';
import { waitForGo } from './warm-children';
import { defaultOrderDeadlines } from '../../../shared/domain/order-deadlines';

const [dataDir = '', firstArg = '1'] = await waitForGo();

const { config } = openConfiguration({
  dir: dataDir,
  openBackend: openConfBackend,
  cipher: createPlaintextCipher('crash test'),
  clock: systemClock,
  appVersion: '0.0.0-crash',
});
const hooks = new OrderHooksService(config, systemClock);
const partners = new PartnersService(config, systemClock);
const hook = { url: 'https://partner.example/hook', enabled: true };

process.stdout.write('ready\n');
for (let n = Number(firstArg); ; n++) {
  const cleared = n % 3 === 0;
  await hooks.save({
    requestHeader: cleared
      ? { apiKey: '', value: { action: 'clear' } }
      : { apiKey: `X-Key-${n}`, value: { action: 'set', value: `value-${n}` } },
    openOrder: hook,
    updateOrder: hook,
    closeOrder: hook,
    thirdOrderActive: false,
  });
  const fields = {
    name: `Partner ${n}`,
    url: 'https://partner.example/webhooks',
    enabled: true,
    eventTypes: ['order.created' as const],
    header: { name: `X-Partner-${n}`, value: { action: 'set' as const, value: `partner-value-${n}` } },
    signingSecret: 'generate' as const,
    timeoutSeconds: 5,
    rateLimitPerSecond: 10,
    orderDeadlines: { ...defaultOrderDeadlines },
  };
  // Replace the partner every fifth save: a delete and a create, each saved as one.
  const existing = partners.list()[0];
  if (existing && n % 5 === 0) partners.delete(existing.id);
  else if (existing) await partners.update({ id: existing.id, ...fields });
  else await partners.create(fields);
}
