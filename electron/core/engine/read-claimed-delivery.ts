import { z } from 'zod';
import type { ClaimedDelivery, StoredDelivery } from './queue-ports';

const destinationIdPattern = /^(partner|hook|inbox):./;

const storedDeliverySchema = z.object({
  id: z.number().int().positive(),
  eventId: z.string().min(1),
  eventType: z.string().min(1),
  destinationId: z.string().regex(destinationIdPattern, 'not a destination id'),
  attempts: z.number().int().min(0),
  manualAttempts: z.number().int().min(0),
  manual: z.union([z.literal(0), z.literal(1)]),
  resumeAt: z.number().int().nullable(),
  // An envelope is a JSON object; the cheap check catches a cut or garbled payload without parsing it.
  body: z
    .string()
    .refine((body) => body.startsWith('{') && body.endsWith('}'), 'the payload is not a whole JSON object'),
  createdAt: z.number().int(),
});

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is number => Number.isInteger(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * The schema's checks written out, for the rows that pass them — nearly all: zod
 * cost about 2 % of a drain's CPU to say "fine" 10,000 times. Anything this does
 * not accept goes through the schema, which says what is wrong. It must never
 * accept a row the schema refuses (a unit test holds them together).
 */
function readWhole(row: StoredDelivery): ClaimedDelivery | null {
  const { id, eventId, eventType, destinationId, attempts, manualAttempts, manual, resumeAt, body, createdAt } = row;
  const whole =
    Number.isInteger(id) &&
    (id as number) > 0 &&
    isText(eventId) &&
    isText(eventType) &&
    typeof destinationId === 'string' &&
    destinationIdPattern.test(destinationId) &&
    isCount(attempts) &&
    isCount(manualAttempts) &&
    (manual === 0 || manual === 1) &&
    (resumeAt === null || isTime(resumeAt)) &&
    typeof body === 'string' &&
    body.startsWith('{') &&
    body.endsWith('}') &&
    isTime(createdAt);
  if (!whole) return null;
  return {
    id: id as number,
    eventId,
    eventType,
    destinationId,
    attempts,
    manualAttempts,
    manual: manual === 1,
    resumeAt,
    body,
    createdAt,
  };
}

/** A row that can be sent, or why not (with its id when even that could not be read). */
export type ReadDelivery = { ok: true; delivery: ClaimedDelivery } | { ok: false; id: number | null; reason: string };

/**
 * Checks a due delivery read back from storage before anything is sent from it:
 * the database may have been damaged, edited, or pruned (the log's retention
 * removes the payload of delivered events, and an old one may be resent). A row
 * that fails is given up with the reason, never sent half-formed, never crashed on.
 */
export function readClaimedDelivery(row: StoredDelivery): ReadDelivery {
  const id = typeof row.id === 'number' && Number.isInteger(row.id) && row.id > 0 ? row.id : null;
  if (row.body === null || row.body === undefined) {
    return {
      ok: false,
      id,
      reason:
        'Its payload is no longer kept (the Deliveries log removes the payloads of sent webhooks after the retention period), so it cannot be sent again.',
    };
  }
  const whole = readWhole(row);
  if (whole) return { ok: true, delivery: whole };
  const parsed = storedDeliverySchema.safeParse(row);
  if (parsed.success) return { ok: true, delivery: { ...parsed.data, manual: parsed.data.manual === 1 } };
  const issue = parsed.error.issues[0];
  const detail = issue ? `${issue.path.join('.') || 'the row'}: ${issue.message}` : 'unknown problem';
  return {
    ok: false,
    id,
    reason: `It could not be read back from the database (${detail}), so it cannot be sent.`,
  };
}
