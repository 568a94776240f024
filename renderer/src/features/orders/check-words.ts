import { orderSourceLabels, type Check } from '../../../../shared/domain/checks';

/** "Check #1042": how staff and guests say it. */
export function checkTitle(check: Pick<Check, 'number'>): string {
  return `Check #${check.number}`;
}

/** "POS · Table 12 · 4 guests" — the facts that tell checks apart at a glance. */
export function checkSummary(check: Check): string {
  const parts: string[] = [orderSourceLabels[check.source]];
  parts.push(check.table ? `Table ${check.table}` : 'No table');
  if (check.guests) parts.push(check.guests === 1 ? '1 guest' : `${check.guests} guests`);
  return parts.join(' · ');
}
