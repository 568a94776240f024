import { expect, type Locator, type Page } from '@playwright/test';

/** The frame around every screen: the main navigation, the store's status banner and the status bar. */
export class AppFrame {
  readonly nav: Locator;
  /** The button a narrow window folds the navigation into (hidden in a wide one). */
  readonly navToggle: Locator;
  readonly statusBar: Locator;
  readonly skipLink: Locator;
  readonly main: Locator;
  /** The banner every screen shows while the store is paused, busy or closed. */
  readonly storeBanner: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.navToggle = this.nav.getByRole('button', { name: 'Navigation', exact: true });
    this.statusBar = page.getByRole('status', { name: 'System status' });
    this.skipLink = page.getByRole('link', { name: 'Skip to content' });
    this.main = page.getByRole('main');
    this.storeBanner = page.getByRole('region', { name: 'Store status' });
  }

  /** Unfolds the navigation when the window is narrow enough to fold it; nothing to do otherwise. */
  async showNav(): Promise<void> {
    if (!(await this.navToggle.isVisible())) return;
    if ((await this.navToggle.getAttribute('aria-expanded')) !== 'true') await this.navToggle.click();
    await expect(this.navToggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** Goes to a screen through the navigation, in any window size. */
  async goTo(name: string): Promise<void> {
    await this.showNav();
    await this.navLink(name).click();
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
