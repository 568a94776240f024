/**
 * The back-office domain, in the same database as the outbox so a change and the
 * events it causes commit in one transaction. Times are epoch milliseconds, money
 * is integer minor units. Weekly hours and special dates are small value objects
 * always read and written whole, so they are JSON columns re-validated on read.
 */
export const schemaV2 = `
CREATE TABLE store (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  timezone TEXT NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  tax_rate_bps INTEGER NOT NULL CHECK (tax_rate_bps BETWEEN 0 AND 10000),
  tax_included INTEGER NOT NULL CHECK (tax_included IN (0, 1)),
  status TEXT NOT NULL CHECK (status IN ('open', 'busy', 'paused', 'closed')),
  busy_delay_minutes INTEGER,
  paused_until TEXT,
  hours TEXT NOT NULL,
  special_dates TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE menus (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  hours TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE menu_categories (
  id TEXT PRIMARY KEY,
  menu_id TEXT NOT NULL REFERENCES menus(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX menu_categories_by_menu ON menu_categories (menu_id, position);

CREATE TABLE menu_items (
  id TEXT PRIMARY KEY,
  category_id TEXT NOT NULL REFERENCES menu_categories(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  price INTEGER NOT NULL CHECK (price BETWEEN 0 AND 100000000),
  in_stock INTEGER NOT NULL CHECK (in_stock IN (0, 1)),
  position INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX menu_items_by_category ON menu_items (category_id, position);

CREATE TABLE modifier_groups (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES menu_items(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  min_choices INTEGER NOT NULL CHECK (min_choices >= 0),
  max_choices INTEGER NOT NULL CHECK (max_choices >= 1 AND max_choices >= min_choices),
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX modifier_groups_by_item ON modifier_groups (item_id, position);

CREATE TABLE modifier_options (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES modifier_groups(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  price INTEGER NOT NULL CHECK (price BETWEEN 0 AND 100000000),
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX modifier_options_by_group ON modifier_options (group_id, position);

-- Tax rate and currency are copied at opening: a later store edit must not
-- rewrite the totals of checks already rung up.
CREATE TABLE checks (
  id TEXT PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE,
  source TEXT NOT NULL CHECK (source IN ('olo', 'pos', 'third_party')),
  table_name TEXT NOT NULL DEFAULT '',
  guests INTEGER,
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'cancelled')),
  currency TEXT NOT NULL,
  tax_rate_bps INTEGER NOT NULL,
  tax_included INTEGER NOT NULL CHECK (tax_included IN (0, 1)),
  opened_at INTEGER NOT NULL,
  closed_at INTEGER,
  cancelled_at INTEGER,
  cancel_reason TEXT,
  cancelled_by TEXT,
  updated_at INTEGER NOT NULL
) STRICT;
-- The Orders screen lists one status, newest first.
CREATE INDEX checks_by_status ON checks (status, opened_at DESC);

-- A line is a snapshot of the item and its chosen options (no foreign key to
-- menu_items): deleting or repricing an item later leaves the check as rung up.
CREATE TABLE check_lines (
  id TEXT PRIMARY KEY,
  check_id TEXT NOT NULL REFERENCES checks(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  name TEXT NOT NULL,
  unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
  quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 99),
  modifiers TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX check_lines_by_check ON check_lines (check_id, position);
`;
