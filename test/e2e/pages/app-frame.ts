import type { Locator, Page } from '@playwright/test';

/** The frame around every screen: the main navigation, the store's status banner and the status bar. */
export class AppFrame {
  readonly nav: Locator;
  readonly statusBar: Locator;
  /** The banner every screen shows while the store is paused, busy or closed. */
  readonly storeBanner: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.statusBar = page.getByRole('status', { name: 'System status' });
    this.storeBanner = page.getByRole('region', { name: 'Store status' });
  }

  /** Opens the address the hub printed, optionally at a route (`/hub/partners`). */
  async open(url: string, route = ''): Promise<void> {
    await this.page.goto(route ? `${url}#${route}` : url);
  }

  navLink(name: string): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }
}
