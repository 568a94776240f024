import type { SecretView } from '../../../shared/domain/secrets';
import type { FieldErrors } from './field-errors';
import type { SecretDraft } from './secret-draft';

/**
 * The core's pairing rule, which depends on what is stored and so is not in the
 * shared schema: after the save, a header name and its secret value exist
 * together or not at all.
 */
export function headerPairErrors(
  name: string,
  value: SecretDraft,
  saved: SecretView,
  fields: { name: string; value: string },
  messages: { needsValue: string; needsName: string },
): FieldErrors {
  // A value stored but unreadable here is still there after a save that keeps it (the core holds, not drops, it).
  const willHaveValue = value.typed !== '' || (!value.clear && (saved.set || saved.unreadable === true));
  if (name !== '' && !willHaveValue) return { [fields.value]: messages.needsValue };
  if (name === '' && willHaveValue) return { [fields.name]: messages.needsName };
  return {};
}
