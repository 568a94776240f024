import { z } from 'zod';
import type { ClaimedDelivery, StoredDelivery } from './queue-ports';

const storedDeliverySchema = z.object({
  id: z.number().int().positive(),
  eventId: z.string().min(1),
  eventType: z.string().min(1),
  destinationId: z.string().regex(/^(partner|hook|inbox):./, 'not a destination id'),
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
