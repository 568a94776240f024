import { afterEach, describe, expect, it } from 'vitest';
import type { LineInput, OpenCheckInput } from '../../../../../shared/domain/checks';
import { useTempDir } from '../../../../support/temp-dir';
import { openDomain, type DomainFixture } from './domain-fixture';

const newDir = useTempDir();
let fx: DomainFixture;
afterEach(() => fx.close());

const line = (itemId: string, optionIds: string[] = [], quantity = 1): LineInput => ({
  itemId,
  quantity,
  optionIds,
  notes: '',
});
const largeMargherita = line('itm_margherita', ['opt_margherita_1_2', 'opt_margherita_2_1'], 2);
const open = (input: Partial<OpenCheckInput> = {}): OpenCheckInput => ({
  source: 'pos',
  table: '4',
  guests: 2,
  notes: '',
  lines: [],
  ...input,
});
const issuesOf = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return (error as { error?: { issues?: unknown } }).error?.issues;
  }
  return null;
};

describe('CheckService', () => {
  it('opens a numbered check with snapshot lines and computed totals, and publishes order.created routed by source', () => {
    fx = openDomain(newDir());
    const check = fx.office.checks.open(
      open({ source: 'olo', table: '', lines: [largeMargherita, line('itm_espresso')] }),
    );

    expect(check).toMatchObject({
      number: 1001,
      source: 'olo',
      table: '',
      status: 'open',
      currency: 'EUR',
      taxRateBps: 1900,
    });
    // Margherita 10.50 + large 3.50 + buffalo mozzarella 2.50 = 16.50 × 2, espresso 2.60.
    expect(check.lines.map((l) => [l.name, l.total])).toEqual([
      ['Margherita', 3300],
      ['Espresso', 260],
    ]);
    // Prices include 19 % tax: 35.60 gross has 5.68 tax in it.
    expect([check.subtotal, check.tax, check.total]).toEqual([3560, 568, 3560]);
    expect(fx.published).toHaveLength(1);
    expect(fx.published[0]).toMatchObject({
      type: 'order.created',
      resource: { type: 'order', id: check.id },
      summary: 'Check #1001',
      routing: { orderSource: 'olo' },
      data: { check: { number: 1001, table: null, total: { amount: 3560, currency: 'EUR' } } },
    });
    expect(fx.office.checks.open(open()).number).toBe(1002);
  });

  it('publishes order.updated with changes[] for a line added, a line removed and a table change — and nothing for the same table', () => {
    fx = openDomain(newDir());
    const check = fx.office.checks.open(open({ lines: [line('itm_tiramisu')] }));
    const added = fx.office.checks.addLine(check.id, largeMargherita);
    const removed = added.lines[0]!;
    fx.office.checks.removeLine(check.id, removed.id);
    fx.office.checks.changeTable(check.id, '7');
    fx.office.checks.changeTable(check.id, '7');

    const updates = fx.ofType('order.updated').map((e) => (e.data as { changes: unknown[] }).changes);
    expect(updates).toMatchObject([
      [{ kind: 'line_added', line: { name: 'Margherita', quantity: 2, total: { amount: 3300, currency: 'EUR' } } }],
      [{ kind: 'line_removed', line: { id: removed.id, name: 'Tiramisù' } }],
      [{ kind: 'table_changed', old: '4', new: '7' }],
    ]);
    expect(fx.office.checks.get(check.id)).toMatchObject({ table: '7', lines: [{ name: 'Margherita' }] });
  });

  it('closes and cancels (with reason and who), and then refuses any change', () => {
    fx = openDomain(newDir());
    const a = fx.office.checks.open(open({ lines: [line('itm_espresso')] }));
    const b = fx.office.checks.open(open());
    const closed = fx.office.checks.close(a.id);
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toMatch(/^2026-11-20T/);
    expect(fx.office.checks.cancel(b.id, 'Guest left', 'Maria')).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Guest left',
      cancelledBy: 'Maria',
    });
    expect(fx.ofType('order.cancelled')[0]?.data).toMatchObject({
      reason: 'Guest left',
      cancelled_by: 'Maria',
      check: { status: 'cancelled' },
    });
    expect(fx.ofType('order.closed')).toHaveLength(1);

    expect(() => fx.office.checks.addLine(a.id, line('itm_espresso'))).toThrow(/1001 is closed/);
    expect(() => fx.office.checks.cancel(b.id, 'again', 'Maria')).toThrow(/1002 is cancelled/);
    expect(fx.office.checks.list('open', 100)).toEqual([]);
    expect(fx.office.checks.list('closed', 100).map((c) => c.number)).toEqual([1001]);
    expect(fx.office.checks.list('cancelled', 100).map((c) => c.number)).toEqual([1002]);
  });

  it('refuses to close a check without items', () => {
    fx = openDomain(newDir());
    const check = fx.office.checks.open(open());
    expect(() => fx.office.checks.close(check.id)).toThrow(/cancel it instead/);
  });

  it('refuses 86’d items, options the item does not offer and wrong choice counts, with field paths, saving nothing', () => {
    fx = openDomain(newDir());
    fx.office.menus.setInStock(['itm_diavola'], false);
    const before = fx.published.length;

    expect(
      issuesOf(() =>
        fx.office.checks.open(open({ lines: [line('itm_espresso'), line('itm_diavola', ['opt_diavola_1_1'])] })),
      ),
    ).toEqual([{ path: 'lines.1.itemId', message: "Diavola is 86'd (out of stock)." }]);
    expect(issuesOf(() => fx.office.checks.open(open({ lines: [line('itm_margherita')] })))).toEqual([
      { path: 'lines.0.optionIds', message: 'Choose at least 1 for “Size”.' },
    ]);
    expect(
      issuesOf(() =>
        fx.office.checks.open(open({ lines: [line('itm_margherita', ['opt_margherita_1_1', 'opt_margherita_1_2'])] })),
      ),
    ).toEqual([{ path: 'lines.0.optionIds', message: 'Choose at most 1 for “Size”.' }]);
    expect(
      issuesOf(() => fx.office.checks.open(open({ lines: [line('itm_margherita', ['opt_diavola_1_1'])] }))),
    ).toEqual([{ path: 'lines.0.optionIds.0', message: 'This option is not offered with Margherita.' }]);
    expect(fx.office.checks.list('open', 10)).toEqual([]);
    expect(fx.published).toHaveLength(before);
  });

  it('keeps the line as rung up when the menu price changes later', () => {
    fx = openDomain(newDir());
    const check = fx.office.checks.open(open({ lines: [line('itm_espresso')] }));
    fx.office.menus.setPrices([{ id: 'itm_espresso', price: 300 }]);
    expect(fx.office.checks.get(check.id).lines[0]?.unitPrice).toBe(260);
  });

  it('never reuses a check number after a sample-data reset', () => {
    fx = openDomain(newDir());
    fx.office.checks.open(open());
    fx.office.checks.open(open());
    fx.office.resetSample();
    expect(fx.office.checks.list('open', 10)).toEqual([]);
    expect(fx.office.checks.open(open()).number).toBe(1003);
  });
});
