import type { Check, CheckLine } from '../../../../shared/domain/checks';
import type { CheckLinePayload, CheckPayload } from '../../../../shared/events/payload-parts';

/** One line as partners see it. */
export function linePayloadOf(line: CheckLine, currency: string): CheckLinePayload {
  const money = (amount: number) => ({ amount, currency });
  return {
    id: line.id,
    item_id: line.itemId,
    name: line.name,
    unit_price: money(line.unitPrice),
    quantity: line.quantity,
    modifiers: line.modifiers.map((m) => ({
      group_id: m.groupId,
      group_name: m.groupName,
      option_id: m.optionId,
      name: m.name,
      price: money(m.price),
    })),
    notes: line.notes,
    total: money(line.total),
  };
}

/** The whole check as partners see it (every `order.*` event). */
export function checkPayloadOf(check: Check): CheckPayload {
  const money = (amount: number) => ({ amount, currency: check.currency });
  return {
    id: check.id,
    number: check.number,
    source: check.source,
    table: check.table === '' ? null : check.table,
    guests: check.guests,
    notes: check.notes,
    status: check.status,
    lines: check.lines.map((line) => linePayloadOf(line, check.currency)),
    subtotal: money(check.subtotal),
    tax: money(check.tax),
    total: money(check.total),
    tax_rate_bps: check.taxRateBps,
    tax_included: check.taxIncluded,
    opened_at: check.openedAt,
    closed_at: check.closedAt,
    cancelled_at: check.cancelledAt,
    cancel_reason: check.cancelReason,
    cancelled_by: check.cancelledBy,
    updated_at: check.updatedAt,
  };
}
