import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type SourceLabel = 'Online ordering (OLO)' | 'POS' | 'Third-party channel';

/** Back Office → Orders: open a check, add items, change table, close, cancel. */
export class OrdersPage {
  readonly heading: Locator;
  readonly openDialog: Locator;
  readonly addDialog: Locator;
  readonly detail: Locator;
  readonly openList: Locator;
  readonly doneList: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Orders', exact: true });
    this.openDialog = page.getByRole('dialog', { name: 'Open check' });
    this.addDialog = page.getByRole('dialog', { name: /^Add item to Check #\d+$/ });
    this.detail = page.getByRole('region', { name: /^Check #\d+$/ });
    this.openList = page.getByRole('region', { name: /^Open checks/ });
    this.doneList = page.getByRole('region', { name: /^Closed and cancelled/ });
  }

  /** Opens a check through the dialog and resolves with its number, read from the detail heading. */
  async openCheck(source: SourceLabel, table = '', guests = ''): Promise<number> {
    await this.page.getByRole('button', { name: 'Open check', exact: true }).click();
    await expect(this.openDialog).toBeVisible();
    await this.openDialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(source)}`) }).check();
    if (table) await this.openDialog.getByLabel('Table', { exact: true }).fill(table);
    if (guests) await this.openDialog.getByLabel('Guests', { exact: true }).fill(guests);
    await this.openDialog.getByRole('button', { name: 'Open check', exact: true }).click();
    await expect(this.openDialog).toBeHidden();
    const name = await this.detail.getByRole('heading', { level: 2 }).innerText();
    return Number(name.replace(/\D/g, ''));
  }

  /** Adds an item, choosing modifier options by their labels (radios and checkboxes alike). */
  async addItem(item: string, options: string[] = [], quantity = '1'): Promise<void> {
    await this.detail.getByRole('button', { name: 'Add item', exact: true }).click();
    await expect(this.addDialog).toBeVisible();
    const select = this.addDialog.getByLabel('Item', { exact: true });
    await expect(select).toBeEnabled();
    const label = await select
      .locator('option', { hasText: new RegExp(`^${item} — `) })
      .first()
      .textContent();
    await select.selectOption({ label: label ?? item });
    // An option is named by its label and, when it costs extra, its price ("Rocket +€1.00").
    for (const option of options) {
      const name = new RegExp(`^${escapeRegExp(option)}( \\+.*)?$`);
      await this.addDialog.getByRole('radio', { name }).or(this.addDialog.getByRole('checkbox', { name })).check();
    }
    await this.addDialog.getByLabel('Quantity', { exact: true }).fill(quantity);
    await this.addDialog.getByRole('button', { name: 'Add to check', exact: true }).click();
    await expect(this.addDialog).toBeHidden();
  }

  async changeTable(table: string): Promise<void> {
    await this.detail.getByRole('button', { name: 'Change table', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Change table of/ });
    await dialog.getByLabel('Table', { exact: true }).fill(table);
    await dialog.getByRole('button', { name: 'Change table', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async close(): Promise<void> {
    await this.detail.getByRole('button', { name: 'Close check', exact: true }).click();
    const dialog = this.page.getByRole('alertdialog', { name: /^Close Check #\d+\?$/ });
    await dialog.getByRole('button', { name: 'Close check', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async cancel(reason: string, by: string): Promise<void> {
    await this.detail.getByRole('button', { name: 'Cancel check', exact: true }).click();
    const dialog = this.page.getByRole('alertdialog', { name: /^Cancel Check #\d+\?$/ });
    await dialog.getByLabel('Reason', { exact: true }).fill(reason);
    await dialog.getByLabel('Cancelled by', { exact: true }).fill(by);
    await dialog.getByRole('button', { name: 'Cancel check', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
