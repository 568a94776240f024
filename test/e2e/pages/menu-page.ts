import { expect, type Locator, type Page } from '@playwright/test';

/** Back Office → Menu: the tree of items, the item editor, 86 switches and bulk actions. */
export class MenuPage {
  readonly heading: Locator;
  readonly editor: Locator;
  readonly bulkBar: Locator;
  /** "Search all menus": name and description, every menu. */
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Menu', exact: true });
    this.editor = page.getByRole('region', { name: /^Edit / });
    this.bulkBar = page.getByRole('region', { name: 'Selected items' });
    this.search = page.getByRole('searchbox', { name: 'Search all menus' });
  }

  /** One menu's categories, as a group: their headings in the order shown. */
  categories(menu = 'Main menu'): Locator {
    return this.page.getByRole('group', { name: `${menu} categories` }).getByRole('heading', { level: 2 });
  }

  /** A category's card: its header (the drag handle), its items, its actions. */
  category(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** Opens a ⋯ actions menu by keyboard and runs one of its actions with Enter. */
  async act(menu: string, action: string | RegExp): Promise<void> {
    const button = this.page.getByRole('button', { name: menu, exact: true }).first();
    await button.focus();
    await button.press('Enter');
    await this.page
      .getByRole('menu', { name: menu })
      .getByRole('menuitem', { name: action, exact: typeof action === 'string' })
      .press('Enter');
  }

  menu(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Menus' }).getByRole('button', { name: new RegExp(`^${name}`) });
  }

  /** The one-click 86 toggle: on = in stock. */
  stockSwitch(item: string): Locator {
    return this.page.getByRole('switch', { name: `${item} in stock`, exact: true });
  }

  /** An item's row in the tree: its name, price and switches. */
  row(item: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: `Edit ${item}`, exact: true }) });
  }

  checkbox(item: string): Locator {
    return this.page.getByRole('checkbox', { name: `Select ${item}`, exact: true });
  }

  /** The item's own field; its modifier options have a "Name" too, further down. */
  field(label: string | RegExp): Locator {
    return this.editor.getByLabel(label, { exact: typeof label === 'string' }).first();
  }

  get save(): Locator {
    return this.editor.getByRole('button', { name: 'Save', exact: true });
  }

  /** "Who will receive this" inside a part of the page (editor, bulk bar, save bar). */
  recipients(scope: Locator | Page = this.page): Locator {
    return scope.getByRole('note', { name: 'Who will receive this' });
  }

  async edit(item: string): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${item}`, exact: true }).click();
    await expect(this.editor).toHaveAccessibleName(`Edit ${item}`);
  }

  async saveItem(): Promise<void> {
    await expect(this.save).toBeEnabled();
    await this.save.click();
    await expect(this.editor.getByRole('status')).toHaveText('✓ Saved');
  }
}
