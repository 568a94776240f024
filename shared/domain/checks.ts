import { z } from 'zod';
import { domainIdSchema } from './menu';

/** Where a check came from: online ordering (OLO), the POS, or a third-party channel. */
export const orderSources = ['olo', 'pos', 'third_party'] as const;
export type OrderSource = (typeof orderSources)[number];

export const orderSourceLabels: Record<OrderSource, string> = {
  olo: 'Online ordering (OLO)',
  pos: 'POS',
  third_party: 'Third-party channel',
};

export const checkStatuses = ['open', 'closed', 'cancelled'] as const;
export type CheckStatus = (typeof checkStatuses)[number];

export const maxLinesPerCheck = 200;

/** A table name or number as staff write it; empty = no table (takeaway, delivery). */
export const tableSchema = z.string().trim().max(20, 'Keep the table to 20 characters or fewer.');

const quantitySchema = z.number().int('Use a whole number.').min(1, 'At least 1.').max(99, 'At most 99.');

/** One line to add: an item, how many, the chosen modifier options (by id). */
export const lineInputSchema = z.strictObject({
  itemId: domainIdSchema,
  quantity: quantitySchema,
  optionIds: z.array(domainIdSchema).max(60, 'Too many modifiers.'),
  notes: z.string().trim().max(200, 'Keep the note to 200 characters or fewer.'),
});

export type LineInput = z.infer<typeof lineInputSchema>;

/** Input of `checks.open`; lines are optional (an OLO order arrives with them). */
export const openCheckInputSchema = z.strictObject({
  source: z.enum(orderSources, 'Choose where the order came from.'),
  table: tableSchema,
  guests: z.number().int('Use a whole number.').min(1, 'At least 1.').max(99, 'At most 99.').nullable(),
  notes: z.string().trim().max(500, 'Keep the notes to 500 characters or fewer.'),
  lines: z.array(lineInputSchema).max(maxLinesPerCheck),
});

export type OpenCheckInput = z.infer<typeof openCheckInputSchema>;

export const checkRefSchema = z.strictObject({ checkId: domainIdSchema });
export const addLineInputSchema = lineInputSchema.extend({ checkId: domainIdSchema });
export const removeLineInputSchema = z.strictObject({ checkId: domainIdSchema, lineId: domainIdSchema });
export const changeTableInputSchema = z.strictObject({ checkId: domainIdSchema, table: tableSchema });
export const cancelCheckInputSchema = z.strictObject({
  checkId: domainIdSchema,
  reason: z
    .string()
    .trim()
    .min(1, 'Say why the check is cancelled.')
    .max(200, 'Keep the reason to 200 characters or fewer.'),
  by: z.string().trim().min(1, 'Say who cancels it.').max(120, 'Keep the name to 120 characters or fewer.'),
});
export const listChecksInputSchema = z.strictObject({
  status: z.enum(checkStatuses),
  limit: z.number().int().min(1).max(500).default(100),
});

/** A modifier option as it was when the line was added (a snapshot). */
export interface CheckLineModifier {
  groupId: string;
  groupName: string;
  optionId: string;
  name: string;
  price: number;
}

/** One line of a check: a snapshot of the item, so later menu edits do not rewrite it. */
export interface CheckLine {
  id: string;
  itemId: string;
  name: string;
  unitPrice: number;
  quantity: number;
  modifiers: CheckLineModifier[];
  notes: string;
  /** (unitPrice + modifier prices) × quantity, minor units. */
  total: number;
}

/** A check (an order). Money in minor units of `currency`. */
export interface Check {
  id: string;
  /** Sequential per store, what staff and guests say ("check 1042"). */
  number: number;
  source: OrderSource;
  /** '' when the check has no table. */
  table: string;
  guests: number | null;
  notes: string;
  status: CheckStatus;
  currency: string;
  taxRateBps: number;
  taxIncluded: boolean;
  lines: CheckLine[];
  subtotal: number;
  tax: number;
  total: number;
  openedAt: string;
  closedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  cancelledBy: string | null;
  updatedAt: string;
}
