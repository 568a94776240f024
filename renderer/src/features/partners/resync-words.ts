import type { ResyncCounts, ResyncKind, ResyncProgress } from '../../../../shared/domain/partner-resync';

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** Each kind with its count, in words a manager reads: "4 menus", "menu hours", "the store", "24 open checks". */
function kindWords(kind: ResyncKind, count: number): string {
  switch (kind) {
    case 'store':
      return 'the store';
    case 'menuHours':
      return 'menu hours';
    case 'menu':
      return plural(count, 'menu', 'menus');
    case 'openCheck':
      return plural(count, 'open check', 'open checks');
  }
}

/** The kinds a resync holds, biggest news first: "4 menus, menu hours, the store, 24 open checks". */
export function resyncContents(counts: ResyncCounts): string {
  const order: ResyncKind[] = ['menu', 'menuHours', 'store', 'openCheck'];
  return order
    .filter((kind) => counts[kind] > 0)
    .map((kind) => kindWords(kind, counts[kind]))
    .join(', ');
}

/** One line per kind for the dialog's "what will be sent" list, in the order they are sent. */
export function resyncPlanLines(counts: ResyncCounts): { kind: ResyncKind; text: string }[] {
  const lines: Record<ResyncKind, string> = {
    store: 'The store: status, opening hours, special dates, time zone, currency and tax',
    menuHours: `Menu hours: ${plural(counts.menuHours, 'event', 'events')}, one per menu`,
    menu: `${plural(counts.menu, 'menu', 'menus')}, each whole: categories, items, prices, modifiers, in stock or 86’d`,
    openCheck: `${plural(counts.openCheck, 'open check', 'open checks')}, each as it is now, oldest first`,
  };
  return (['store', 'menuHours', 'menu', 'openCheck'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => ({ kind, text: lines[kind] }));
}

/** The kinds left out, named by what the partner would have had to subscribe to. */
export const unsubscribedWords: Record<ResyncKind, string> = {
  store: 'the store (Store changed)',
  menuHours: 'menu hours (Menu hours changed)',
  menu: 'menus (Menu changed)',
  openCheck: 'open checks (New order)',
};

/** While it runs: "12 of 30 delivered". */
export function resyncRunningLine(progress: ResyncProgress): string {
  return `${progress.delivered.toLocaleString()} of ${progress.total.toLocaleString()} delivered`;
}

/** The summary once it ended, in one sentence. */
export function resyncSummary(progress: ResyncProgress): string {
  const { partnerName: name, delivered, total, missed } = progress;
  const contents = resyncContents(progress.counts);
  if (progress.state === 'finished') {
    if (missed.length === 0) return `Sent ${plural(total, 'event', 'events')} to ${name}: ${contents}.`;
    return `Sent ${delivered.toLocaleString()} of ${plural(total, 'event', 'events')} to ${name}; ${plural(missed.length, 'event', 'events')} did not arrive.`;
  }
  // The one queued when it stopped is still on its way (the queue takes nothing back).
  const onItsWay = progress.queued - delivered - missed.length;
  const notSent = total - progress.queued;
  const why = progress.state === 'stopped' ? `Stopped: ${progress.stoppedReason ?? ''}` : 'Cancelled.';
  const parts = [
    `${delivered.toLocaleString()} of ${total.toLocaleString()} delivered`,
    onItsWay > 0 ? `${onItsWay.toLocaleString()} already queued still ${onItsWay === 1 ? 'arrives' : 'arrive'}` : null,
    `${notSent.toLocaleString()} not sent`,
  ].filter(Boolean);
  return `${why} ${parts.join('; ')}.`;
}
