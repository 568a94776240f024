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
  /** "Rotate secret": the overlap and what happens to the current secret (#14). */
  readonly rotateDialog: Locator;
  readonly endOverlapDialog: Locator;
  /** After fixing a partner: "Send the N undelivered webhooks to X now". */
  readonly undeliveredOffer: Locator;
  /** "Send current state" (#14 point 3): what will be sent, its progress, its summary. */
  readonly resyncDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Partners' });
    this.addPartner = page.getByRole('main').getByRole('button', { name: 'Add partner' });
    this.table = page.getByRole('table', { name: 'Partners' });
    this.form = page.getByRole('dialog', { name: /^(Add partner|Edit “.*”)$/ });
    this.secretDialog = page.getByRole('dialog', { name: /^Signing secret for/ });
    this.deleteDialog = page.getByRole('alertdialog', { name: /^Delete “.*”\?$/ });
    this.rotateDialog = page.getByRole('alertdialog', { name: /^Rotate the signing secret of “.*”\?$/ });
    this.endOverlapDialog = page.getByRole('alertdialog', { name: /^Stop the old signing secret of “.*” now\?$/ });
    this.undeliveredOffer = page.getByRole('region', { name: 'Undelivered webhooks' });
    this.resyncDialog = page.getByRole('dialog', { name: /^Send current state to “.*”$/ });
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

  rotateSecretButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: `Rotate secret of ${name}`, exact: true });
  }

  resyncButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: `Send current state to ${name}`, exact: true });
  }

  /** Hold (#14): keeps the partner's webhooks, sends nothing until Release. */
  holdButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: `Hold ${name}`, exact: true });
  }

  /** Release on a held partner's line, naming how many webhooks wait ("Release 2 webhooks to Acme"). */
  releaseButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: new RegExp(`^Release .*to ${name}$`) });
  }

  endOverlapButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: `End overlap now for ${name}`, exact: true });
  }

  /** Generates a signing secret with Edit unless the partner has one (a worker's shared hub may have given it one). */
  async giveSigningSecret(name: string): Promise<void> {
    await expect(this.enabledSwitch(name)).toBeVisible();
    if (await this.rotateSecretButton(name).isVisible()) return;
    await this.edit(name);
    await this.form.getByRole('button', { name: 'Generate signing secret' }).click();
    await this.submitForm('Save changes');
    await this.secretDialog.getByRole('button', { name: 'Done' }).click();
    await expect(this.secretDialog).toBeHidden();
  }

  /** Rotates with the default overlap and closes the new secret's dialog; returns the new secret. */
  async rotateSecret(name: string): Promise<string> {
    await this.rotateSecretButton(name).click();
    await this.rotateDialog.getByRole('button', { name: 'Rotate secret' }).click();
    await expect(this.secretDialog).toBeVisible();
    const secret = await this.secretDialog.getByLabel('Signing secret').inputValue();
    await this.secretDialog.getByRole('button', { name: 'Done' }).click();
    await expect(this.secretDialog).toBeHidden();
    return secret;
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
