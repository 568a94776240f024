import type { Locator, Page } from '@playwright/test';

/** Deliveries: the log, its state chips, the detail panel and the resend controls. */
export class DeliveriesPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly detail: Locator;
  readonly resendFailed: Locator;
  readonly confirmResend: Locator;
  readonly bulkResend: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Deliveries' });
    this.table = page.getByRole('table', { name: 'Deliveries' });
    this.detail = page.getByRole('complementary', { name: 'Delivery detail' });
    this.resendFailed = page.getByRole('button', { name: /^Resend \d+ failed$/ });
    this.confirmResend = page.getByRole('alertdialog', { name: /^Resend \d+ failed deliver(y|ies)\?$/ });
    this.bulkResend = page.getByRole('status', { name: 'Bulk resend' });
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
}
