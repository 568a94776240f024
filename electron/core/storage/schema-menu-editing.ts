/**
 * What editing the whole menu in the app needs (issue #13): a picture per item, the
 * time an item 86'd "until later" comes back by itself, required modifier groups
 * and 86'd modifier options. Self-contained, so its version number can move.
 *
 * Groups with a minimum were required in all but name (an order had to answer
 * them), so they become required; every existing option is in stock.
 */
export const menuEditingSchema = `
ALTER TABLE menu_items ADD COLUMN image_url TEXT;
ALTER TABLE menu_items ADD COLUMN back_in_stock_at INTEGER;
-- The expiry asks for the earliest pending comeback at every start and menu change.
CREATE INDEX menu_items_back_in_stock ON menu_items (back_in_stock_at) WHERE back_in_stock_at IS NOT NULL;
ALTER TABLE modifier_groups ADD COLUMN required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1));
UPDATE modifier_groups SET required = 1 WHERE min_choices >= 1;
ALTER TABLE modifier_options ADD COLUMN in_stock INTEGER NOT NULL DEFAULT 1 CHECK (in_stock IN (0, 1));
`;
