import type { Download, Locator, Page } from '@playwright/test';

/** Deliveries: the log, its state chips, the detail panel and the resend controls. */
export class DeliveriesPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly detail: Locator;
  readonly resendFailed: Locator;
  readonly confirmResend: Locator;
  readonly bulkResend: Locator;
  readonly exportButton: Locator;
  readonly exportDialog: Locator;
  readonly exportProgress: Locator;
  readonly exportStatus: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Deliveries' });
    this.table = page.getByRole('table', { name: 'Deliveries' });
    this.detail = page.getByRole('complementary', { name: 'Delivery detail' });
    this.resendFailed = page.getByRole('button', { name: /^Resend \d+ failed$/ });
    this.confirmResend = page.getByRole('alertdialog', { name: /^Resend \d+ failed deliver(y|ies)\?$/ });
    this.bulkResend = page.getByRole('status', { name: 'Bulk resend' });
    this.exportButton = page.getByRole('button', { name: 'Export…' });
    this.exportDialog = page.getByRole('dialog', { name: 'Export deliveries' });
    this.exportProgress = this.exportDialog.getByRole('progressbar', { name: 'Export progress' });
    this.exportStatus = this.exportDialog.getByRole('status', { name: 'Export status' });
  }

  /** Data rows only (the header row has column headers, not cells). */
  rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  stateChip(name: string): Locator {
    return this.page.getByRole('group', { name: 'Filter by state' }).getByRole('button', { name: new RegExp(`^${name}\\b`) });
  }

  /** Exports the filtered log in the open export dialog and returns the browser's download. */
  async exportAs(format: 'CSV' | 'JSON'): Promise<Download> {
    await this.exportDialog.getByRole('radio', { name: format }).check();
    const download = this.page.waitForEvent('download');
    await this.exportDialog.getByRole('button', { name: `Export ${format}`, exact: true }).click();
    return download;
  }
}
