import { expect, type Locator, type Page } from '@playwright/test';

/** Back Office → Store: status (one click, no save), weekly hours, special dates, details, one Save. */
export class StorePage {
  readonly heading: Locator;
  readonly save: Locator;
  readonly saved: Locator;
  readonly recipients: Locator;
  /** "Open: taking orders as usual." — the status as the Store page says it now. */
  readonly currentStatus: Locator;
  readonly customStatus: Locator;
  readonly setStatus: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Store', exact: true });
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.saved = page.getByRole('status').filter({ hasText: 'Saved' });
    this.recipients = page.getByRole('note', { name: 'Who will receive this' });
    this.currentStatus = page.getByRole('status', { name: 'Current status' });
    this.customStatus = page.getByRole('group', { name: 'Set another status' });
    this.setStatus = page.getByRole('button', { name: 'Set status', exact: true });
  }

  /** A one-click status: 'Pause 15 min', 'Busy +30 min', /^Until closing/, 'Resume'. */
  quick(name: string | RegExp): Locator {
    return this.page
      .getByRole('region', { name: 'Status', exact: true })
      .getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** Opens "Set another status…" and picks a status in it. */
  async chooseStatus(label: 'Open' | 'Busy' | 'Paused' | 'Closed'): Promise<void> {
    if (!(await this.customStatus.isVisible())) {
      await this.page.getByRole('button', { name: 'Set another status…' }).click();
    }
    await this.customStatus.getByRole('radio', { name: new RegExp(`^${label}\\b`) }).check();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** A weekly-hours input, e.g. ('Monday', 1, 'from'). */
  time(day: string, range: number, end: 'from' | 'to'): Locator {
    return this.page.getByRole('textbox', { name: `${day}, range ${range}, ${end}`, exact: true });
  }

  async saveAndWait(): Promise<void> {
    await expect(this.save).toBeEnabled();
    await this.save.click();
    await expect(this.saved).toBeVisible();
  }
}
