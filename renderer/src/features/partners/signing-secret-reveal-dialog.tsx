import { useState } from 'react';
import { Dialog } from '../../components/dialog';
import { StoreTimeText } from '../../time/store-time-text';

interface SigningSecretRevealDialogProps {
  partnerName: string;
  secret: string;
  /** After a rotation: until when the old secret still signs beside this one. */
  oldSecretStopsAt?: string | undefined;
  onClose: () => void;
}

/** The only time the plain signing secret is on screen: copy it now or rotate later. */
export function SigningSecretRevealDialog({
  partnerName,
  secret,
  oldSecretStopsAt,
  onClose,
}: SigningSecretRevealDialogProps) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onCopy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <Dialog
      title={`Signing secret for “${partnerName}”`}
      description={
        <>
          <p>
            Give this secret to the partner so they can verify the <code>webhook-signature</code> header.{' '}
            <strong>It will not be shown again</strong> — if it is lost, rotate it.
          </p>
          {oldSecretStopsAt ? (
            <p>
              Until <StoreTimeText at={oldSecretStopsAt} kind="planned" />, webhooks are signed with the old secret too;
              then with this one only.
            </p>
          ) : null}
        </>
      }
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <div className="secret-reveal">
        {/* A read-only textarea wraps the whole secret in view and selects it in one click. */}
        <textarea
          className="secret-reveal-value"
          aria-label="Signing secret"
          readOnly
          rows={2}
          value={secret}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" data-autofocus onClick={() => void onCopy()}>
          {copy === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p role="status" className="field-hint secret-reveal-status">
        {copy === 'copied' ? 'Copied to the clipboard.' : null}
        {copy === 'failed' ? 'Could not copy; select the secret and copy it by hand.' : null}
      </p>
    </Dialog>
  );
}
