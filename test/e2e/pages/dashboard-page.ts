import type { Locator, Page } from '@playwright/test';

/** Integration Hub → Dashboard: one card per partner, failing ones first. */
export class DashboardPage {
  readonly heading: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Dashboard' });
    this.cards = page.getByRole('main').getByRole('region');
  }

  card(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The "24 hours" or "7 days" row of a partner's figures. */
  figures(name: string, period: '24 hours' | '7 days'): Locator {
    return this.page
      .getByRole('table', { name: `${name} delivery figures` })
      .getByRole('row', { name: new RegExp(`^${period}`) });
  }

  chart(name: string): Locator {
    return this.card(name).getByRole('img');
  }

  /** A figure at a glance ("Queued", "Failed", …), by its term. */
  total(term: string): Locator {
    return this.page
      .getByLabel('Deliveries at a glance')
      .getByRole('term')
      .filter({ hasText: term })
      .locator('xpath=following-sibling::dd');
  }

  period(label: '24 hours' | '7 days'): Locator {
    return this.page.getByRole('group', { name: 'Chart period' }).getByRole('radio', { name: label });
  }
}
