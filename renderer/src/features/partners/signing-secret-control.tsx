import type { SecretView } from '../../../../shared/domain/secrets';
import type { SigningSecretAction } from './partner-draft';

interface SigningSecretControlProps {
  saved: SecretView | null;
  action: SigningSecretAction;
  onChange: (action: SigningSecretAction) => void;
}

/**
 * Standard Webhooks signing: the core generates the `whsec_…` secret, so the
 * form only asks for generate / replace / remove and shows the secret once, after saving.
 * Replacing here stops the current secret at once; a rotation with an overlap
 * is on the Partners list (#14).
 */
export function SigningSecretControl({ saved, action, onChange }: SigningSecretControlProps) {
  const isSet = saved?.set ?? false;
  // Stored but not readable on this computer: not "unsigned" — webhooks wait for a new secret.
  const unreadable = saved?.unreadable === true;
  let state: string;
  if (action === 'generate' && isSet) {
    state =
      'A new secret replaces the current one when you save, and the current one stops at once — for a secret that leaked. To give the partner time to switch, use Rotate secret on the Partners list instead.';
  } else if (action === 'generate') state = 'A secret is generated when you save and shown to you once.';
  else if (action === 'clear') state = 'The signing secret is removed when you save; webhooks are sent unsigned.';
  else if (isSet) state = `Webhooks are signed. Current secret: ${saved?.masked ?? '••••'}`;
  else if (unreadable)
    state =
      'The saved signing secret cannot be read on this computer, so webhooks to this partner are held. Generate a new one and give it to the partner, or remove it to send unsigned.';
  else state = 'Webhooks are sent unsigned.';

  return (
    <div className="signing-secret">
      <p className="field-hint signing-secret-state">{state}</p>
      <div className="signing-secret-actions">
        {action === 'keep' && !isSet ? (
          <button type="button" className="button" onClick={() => onChange('generate')}>
            Generate signing secret
          </button>
        ) : null}
        {action === 'keep' && (isSet || unreadable) ? (
          <>
            {isSet ? (
              <button type="button" className="button" onClick={() => onChange('generate')}>
                Replace now
              </button>
            ) : null}
            <button type="button" className="button button-quiet button-danger-text" onClick={() => onChange('clear')}>
              Remove
            </button>
          </>
        ) : null}
        {action !== 'keep' ? (
          <button type="button" className="button button-quiet" onClick={() => onChange('keep')}>
            Undo
          </button>
        ) : null}
      </div>
    </div>
  );
}
