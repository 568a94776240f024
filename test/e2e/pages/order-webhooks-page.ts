import { expect, type Locator, type Page } from '@playwright/test';

export type HookLabel = 'Open Order Web Hooks' | 'Update Order Web Hooks' | 'Close Order Web Hooks';
export const hookLabels: HookLabel[] = ['Open Order Web Hooks', 'Update Order Web Hooks', 'Close Order Web Hooks'];

export interface OrderWebhookSettings {
  apiKey: string;
  value: string;
  hooks: Record<HookLabel, { url: string; enabled: boolean }>;
  thirdOrderActive: boolean;
}

/** Integration Hub → Order Webhooks, located by the seed's labels. */
export class OrderWebhooksPage {
  readonly heading: Locator;
  readonly apiKey: Locator;
  readonly value: Locator;
  readonly clearValue: Locator;
  readonly thirdOrder: Locator;
  readonly save: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Order Webhooks' });
    const header = page.getByRole('group', { name: 'Request Header' });
    this.apiKey = header.getByLabel('API Key', { exact: true });
    this.value = header.getByLabel('Value', { exact: true });
    this.clearValue = header.getByRole('button', { name: 'Clear value' });
    this.thirdOrder = page.getByRole('switch', { name: '3rd Order Web Hooks is Active' });
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.saved = page.getByRole('status').filter({ hasText: 'Saved' });
  }

  url(hook: HookLabel): Locator {
    // Named by the group heading plus the field's own "URL" label (aria-labelledby).
    return this.page.getByRole('textbox', { name: `${hook} URL`, exact: true });
  }

  enabled(hook: HookLabel): Locator {
    return this.page.getByRole('switch', { name: `${hook} Enabled`, exact: true });
  }

  /** Asserts the field is marked invalid and its description (the visible error) says `message`. */
  async expectError(field: Locator, message: string | RegExp): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
  }

  async setSwitch(toggle: Locator, on: boolean): Promise<void> {
    if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', String(on));
  }

  async fill(settings: OrderWebhookSettings): Promise<void> {
    await this.apiKey.fill(settings.apiKey);
    await this.value.fill(settings.value);
    for (const hook of hookLabels) {
      await this.url(hook).fill(settings.hooks[hook].url);
      await this.setSwitch(this.enabled(hook), settings.hooks[hook].enabled);
    }
    await this.setSwitch(this.thirdOrder, settings.thirdOrderActive);
  }

  async saveAndWait(): Promise<void> {
    await expect(this.save).toBeEnabled();
    await this.save.click();
    await expect(this.saved).toBeVisible();
  }
}
