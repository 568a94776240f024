import { signingOverlapHours } from '../../../../shared/domain/partners';

/** How long the old secret may keep signing after a rotation: the choices the rotate dialog offers (#14). */
export const overlapChoices: readonly { hours: number; label: string }[] = [
  { hours: 1, label: '1 hour' },
  { hours: 6, label: '6 hours' },
  { hours: 24, label: '24 hours' },
  { hours: 72, label: '3 days' },
  { hours: signingOverlapHours.max, label: '7 days' },
];

export const defaultOverlapHours = signingOverlapHours.default;
