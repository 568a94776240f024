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

  /** One figure of a partner's row ("Webhooks", "Delivered", "Typical answer p50", …), found by its column's header. */
  async figure(name: string, period: '24 hours' | '7 days', column: string): Promise<Locator> {
    const table = this.page.getByRole('table', { name: `${name} delivery figures` });
    const headers = await table.getByRole('columnheader').allTextContents();
    const index = headers.indexOf(column);
    if (index < 1) throw new Error(`No "${column}" column in ${name}'s figures: ${headers.join(', ')}`);
    // The first header is the period's, over the row headers; the cells start after it.
    return this.figures(name, period)
      .getByRole('cell')
      .nth(index - 1);
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
