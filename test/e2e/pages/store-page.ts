import { expect, type Locator, type Page } from '@playwright/test';

/** Back Office → Store: status, weekly hours, special dates, details, one Save. */
export class StorePage {
  readonly heading: Locator;
  readonly save: Locator;
  readonly saved: Locator;
  readonly recipients: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Store', exact: true });
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.saved = page.getByRole('status').filter({ hasText: 'Saved' });
    this.recipients = page.getByRole('note', { name: 'Who will receive this' });
  }

  status(label: 'Open' | 'Busy' | 'Paused' | 'Closed'): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${label}\\b`) });
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
