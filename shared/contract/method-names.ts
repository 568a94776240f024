import type { MethodName } from './methods';

/**
 * Method names without their schemas, for the preload: it restricts `call` to
 * the contract's keys without bundling zod into the sandboxed preload.
 */
export const hubMethodNames = [
  'app.info',
  'app.dismissNotice',
  'system.status',
  'desktop.get',
  'desktop.save',
  'orderHooks.get',
  'orderHooks.save',
  'partners.list',
  'partners.create',
  'partners.update',
  'partners.setEnabled',
  'partners.delete',
  'partners.rotateSigningSecret',
  'partners.endSigningOverlap',
  'deliveries.list',
  'deliveries.count',
  'deliveries.get',
  'deliveries.resend',
  'deliveries.resendMatching',
  'deliveries.resendUndelivered',
  'deliveries.resendUndeliveredSince',
  'deliveries.cancelResend',
  'deliveries.destinations',
  'deliveries.health',
  'deliveries.healthSeries',
  'deliveries.resumeDestination',
  'deliveryPolicy.get',
  'deliveryPolicy.save',
  'store.get',
  'store.save',
  'store.setStatus',
  'menus.list',
  'menus.get',
  'menus.save',
  'menus.reorder',
  'menus.delete',
  'menu.categories.save',
  'menu.categories.reorder',
  'menu.categories.delete',
  'menu.items.save',
  'menu.items.duplicate',
  'menu.items.delete',
  'menu.items.setInStock',
  'menu.items.setPrice',
  'menu.hours.save',
  'checks.list',
  'checks.get',
  'checks.open',
  'checks.addLine',
  'checks.removeLine',
  'checks.changeTable',
  'checks.close',
  'checks.cancel',
  'sampleData.reset',
  'routing.preview',
  'inbox.info',
  'inbox.list',
  'inbox.clear',
  'partners.sendTest',
  'orderHooks.sendTest',
  'events.sendExample',
  'partners.resyncPlan',
  'partners.resync',
  'partners.cancelResync',
  'partners.hold',
  'partners.release',
  'deliveries.lateOrders',
  'deliveries.markHandled',
] as const satisfies readonly MethodName[];

type Missing = Exclude<MethodName, (typeof hubMethodNames)[number]>;
// Fails to compile when a method is added to hubMethods but not listed here.
const everyMethodListed: Missing extends never ? true : Missing = true;
void everyMethodListed;

export function isListedMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (hubMethodNames as readonly string[]).includes(name);
}
