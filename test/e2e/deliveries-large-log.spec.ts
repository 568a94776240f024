import type { FilledLog } from '../support/fill-log';
import { fillLogInChild } from './fixtures/filled-log';
import { expect, test as base, withHub } from './fixtures/hub';
import type { HubProcess } from './fixtures/hub-process';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';

const deliveries = 100_000;
/** renderer/src/features/deliveries/delivery-table.tsx renders every row this tall. */
const rowHeight = 44;

/**
 * A hub whose log already holds 100,000 deliveries (25,000 checks × Partner 0–3, every 97th
 * failed), written before its first start. Newest first, the row at position i (0-based)
 * is delivery 99,999 − i: check #⌊(99,999 − i) / 4⌋ to Partner (99,999 − i) mod 4.
 */
const test = base.extend<{ bigLog: { hub: HubProcess; filled: FilledLog } }>({
  // eslint-disable-next-line no-empty-pattern
  bigLog: async ({}, use, testInfo) => {
    await withHub(
      testInfo,
      (dataDir) => fillLogInChild(dataDir, deliveries),
      (hub, filled) => use({ hub, filled }),
    );
  },
});

test('a 100,000-row log opens at its newest rows, pages in as it scrolls with a small DOM, and free text finds one check', async ({
  page,
  bigLog: { hub, filled },
}) => {
  expect(filled).toEqual({ events: 25_000, deliveries, failed: 1_031, delivered: 98_969 });
  const log = new DeliveriesPage(page);
  await new AppFrame(page).open(hub.url, '/deliveries');

  // The newest delivery first, and counts over the whole log (not just the loaded page).
  await expect(log.rowAt(2)).toContainText('Check #24999 · Table 39');
  await expect(log.rowAt(2)).toContainText('Partner 3');
  await expect(log.stateChip('All')).toHaveText(/^All\s*100,000$/);
  await expect(log.stateChip('Failed')).toHaveText(/^Failed\s*1,031$/);
  await expect(log.stateChip('Delivered')).toHaveText(/^Delivered\s*98,969$/);

  // Scrolling to the end of what is loaded fetches the next page; keep going past 1,000 rows.
  await expect
    .poll(
      async () => {
        await log.scrollToEnd();
        return log.lastRenderedRowIndex();
      },
      { intervals: [50], timeout: 20_000 },
    )
    .toBeGreaterThanOrEqual(1_002);
  // Row 1,000 (0-based) is delivery 98,999: check #24,749 to Partner 3 — no page skipped or repeated.
  await log.scrollToRow(1_002, rowHeight);
  await expect(log.rowAt(1_002)).toContainText('Check #24749 · Table 29');
  await expect(log.rowAt(1_002)).toContainText('Partner 3');
  await expect(log.rowAt(1_003)).toContainText('Check #24749 · Table 29');
  await expect(log.rowAt(1_003)).toContainText('Partner 2');
  // Windowed: only the rows in view (and a margin) are in the DOM, never the thousand loaded.
  const rendered = await log.rows().count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(200);

  // Free text narrows the log and the chips to one check: delivery 38,800 (97 × 400) is its failed one.
  await log.search.fill('Check #9700');
  await expect(log.rows()).toHaveCount(4);
  await expect(log.row('Check #9700 · Table 20')).toHaveCount(4);
  await expect(log.stateChip('All')).toHaveText(/^All\s*4$/);
  await expect(log.stateChip('Failed')).toHaveText(/^Failed\s*1$/);
  await expect(log.stateChip('Delivered')).toHaveText(/^Delivered\s*3$/);
  await expect(log.row('Partner 0')).toContainText('Failed');
  await expect(log.row('Partner 0')).toContainText('500');

  // Clearing the search brings back the whole log from its top.
  await log.search.fill('');
  await expect(log.stateChip('All')).toHaveText(/^All\s*100,000$/);
  await expect(log.rowAt(2)).toContainText('Check #24999 · Table 39');
});
