import type { SecretChange } from '../../../shared/domain/secrets';

/**
 * A secret field's draft. The form never has the saved secret, so the draft is
 * only what the operator did: typed a new value, asked to clear, or nothing.
 */
export interface SecretDraft {
  typed: string;
  clear: boolean;
}

export const untouchedSecret: SecretDraft = { typed: '', clear: false };

/** Typing wins over a pending clear: the operator's last intent is the new value. */
export function secretChange(draft: SecretDraft): SecretChange {
  if (draft.typed !== '') return { action: 'set', value: draft.typed };
  return draft.clear ? { action: 'clear' } : { action: 'keep' };
}

export function secretDraftChanged(draft: SecretDraft): boolean {
  return draft.typed !== '' || draft.clear;
}
