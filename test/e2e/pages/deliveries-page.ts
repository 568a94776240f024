import type { Download, Locator, Page } from '@playwright/test';

// The node tsconfig has no DOM types: the page functions below name only what they touch.
interface ScrollBox {
  scrollTop: number;
  scrollHeight: number;
}
interface RowElement {
  getAttribute(name: string): string | null;
}

/** Deliveries: the log, its state chips, the detail panel and the resend controls. */
export class DeliveriesPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly detail: Locator;
  /** "Send N undelivered now": failed and retrying ones matching the filter. */
  readonly sendUndelivered: Locator;
  readonly confirmResend: Locator;
  readonly bulkResend: Locator;
  readonly exportButton: Locator;
  readonly exportDialog: Locator;
  readonly exportProgress: Locator;
  readonly exportStatus: Locator;
  readonly search: Locator;
  /** The element that scrolls the log (the table renders only the rows in its view). */
  readonly scroller: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Deliveries' });
    this.table = page.getByRole('table', { name: 'Deliveries' });
    this.detail = page.getByRole('complementary', { name: 'Delivery detail' });
    this.sendUndelivered = page.getByRole('button', { name: /^Send \d+ undelivered now$/ });
    this.confirmResend = page.getByRole('alertdialog', { name: /^Send \d+ undelivered webhooks? now\?$/ });
    this.bulkResend = page.getByRole('status', { name: 'Bulk resend' });
    this.exportButton = page.getByRole('button', { name: 'Export…' });
    this.exportDialog = page.getByRole('dialog', { name: 'Export deliveries' });
    this.exportProgress = this.exportDialog.getByRole('progressbar', { name: 'Export progress' });
    this.exportStatus = this.exportDialog.getByRole('status', { name: 'Export status' });
    this.search = page.getByLabel('Search');
    this.scroller = page.locator('.delivery-scroll');
  }

  /** Data rows only (the header row has column headers, not cells). */
  rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  stateChip(name: string): Locator {
    return this.page
      .getByRole('group', { name: 'Filter by state' })
      .getByRole('button', { name: new RegExp(`^${name}\\b`) });
  }

  /** Exports the filtered log in the open export dialog and returns the browser's download. */
  async exportAs(format: 'CSV' | 'JSON'): Promise<Download> {
    await this.exportDialog.getByRole('radio', { name: format }).check();
    const download = this.page.waitForEvent('download');
    await this.exportDialog.getByRole('button', { name: `Export ${format}`, exact: true }).click();
    return download;
  }

  /** The data row at a position in the whole log (1-based, as aria-rowindex counts; the header row is 1). */
  rowAt(rowIndex: number): Locator {
    return this.table.locator(`[role="row"][aria-rowindex="${rowIndex}"]`);
  }

  /** Scrolls to the end of what is loaded, which makes the table fetch the next page. */
  async scrollToEnd(): Promise<void> {
    await this.scroller.evaluate((element: ScrollBox) => {
      element.scrollTop = element.scrollHeight;
    });
  }

  /** Scrolls so the row at `rowIndex` (aria-rowindex) is at the top of the view. */
  async scrollToRow(rowIndex: number, rowHeight: number): Promise<void> {
    await this.scroller.evaluate(
      (element: ScrollBox, top: number) => {
        element.scrollTop = top;
      },
      (rowIndex - 2) * rowHeight,
    );
  }

  /** The highest aria-rowindex among the rows the table currently renders. */
  async lastRenderedRowIndex(): Promise<number> {
    const indexes = await this.rows().evaluateAll((rows: RowElement[]) =>
      rows.map((row) => Number(row.getAttribute('aria-rowindex'))),
    );
    return Math.max(0, ...indexes);
  }
}
