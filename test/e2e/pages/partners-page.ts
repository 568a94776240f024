import { expect, type Locator, type Page } from '@playwright/test';
import { eventTypeTitles, type EventType } from '../../../shared/domain/event-types';

export interface PartnerForm {
  name?: string;
  url?: string;
  eventTypes?: string[];
  headerName?: string;
  headerValue?: string;
  generateSecret?: boolean;
  timeoutSeconds?: string;
  rateLimitPerSecond?: string;
}

/** Integration Hub → Partners: the list, the partner form and its dialogs. */
export class PartnersPage {
  readonly heading: Locator;
  readonly addPartner: Locator;
  readonly table: Locator;
  readonly form: Locator;
  readonly secretDialog: Locator;
  readonly deleteDialog: Locator;
  /** After fixing a partner: "Send the N undelivered webhooks to X now". */
  readonly undeliveredOffer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Partners' });
    this.addPartner = page.getByRole('main').getByRole('button', { name: 'Add partner' });
    this.table = page.getByRole('table', { name: 'Partners' });
    this.form = page.getByRole('dialog', { name: /^(Add partner|Edit “.*”)$/ });
    this.secretDialog = page.getByRole('dialog', { name: /^Signing secret for/ });
    this.deleteDialog = page.getByRole('alertdialog', { name: /^Delete “.*”\?$/ });
    this.undeliveredOffer = page.getByRole('region', { name: 'Undelivered webhooks' });
  }

  /** A partner's row, found through its enable switch (named after the partner). */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.enabledSwitch(name) });
  }

  /** How the last "Send test event" to this partner went, shown in its row. */
  testResult(name: string): Locator {
    return this.row(name).getByRole('status', { name: `Test event to ${name}` });
  }

  enabledSwitch(name: string): Locator {
    return this.page.getByRole('switch', { name: `${name} enabled`, exact: true });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** An event's checkbox, by its words ("New order" for `order.created`): the code is its description. */
  eventCheckbox(type: string): Locator {
    return this.form.getByRole('checkbox', { name: eventTypeTitles[type as EventType], exact: true });
  }

  async fillForm(values: PartnerForm): Promise<void> {
    if (values.name !== undefined) await this.field('Name').fill(values.name);
    if (values.url !== undefined) await this.field('URL').fill(values.url);
    for (const type of values.eventTypes ?? []) await this.eventCheckbox(type).check();
    if (values.headerName !== undefined) await this.field('Header name').fill(values.headerName);
    if (values.headerValue !== undefined) await this.field('Header value').fill(values.headerValue);
    if (values.generateSecret) await this.form.getByRole('button', { name: 'Generate signing secret' }).click();
    if (values.timeoutSeconds !== undefined) await this.field('Timeout (seconds)').fill(values.timeoutSeconds);
    if (values.rateLimitPerSecond !== undefined)
      await this.field('Rate limit (requests per second)').fill(values.rateLimitPerSecond);
  }

  async submitForm(button: 'Add partner' | 'Save changes'): Promise<void> {
    const submit = this.form.getByRole('button', { name: button, exact: true });
    await expect(submit).toBeEnabled();
    await submit.click();
  }

  async edit(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Edit ${name}` })
      .click();
    await expect(this.form).toBeVisible();
  }

  async delete(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Delete ${name}` })
      .click();
    await expect(this.deleteDialog).toHaveAccessibleName(`Delete “${name}”?`);
    await this.deleteDialog.getByRole('button', { name: 'Delete partner' }).click();
    await expect(this.deleteDialog).toBeHidden();
  }
}
