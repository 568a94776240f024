import { useId } from 'react';
import type { SecretView } from '../../../../shared/domain/secrets';
import { SecretField } from '../../components/secret-field';
import { SecretsProtectionNote } from '../../components/secrets-protection-note';
import { TextField } from '../../components/text-field';
import type { SecretDraft } from '../../forms/secret-draft';

interface RequestHeaderSectionProps {
  apiKey: string;
  value: SecretDraft;
  savedValue: SecretView;
  errorFor: (field: 'requestHeader.apiKey' | 'requestHeader.value') => string | undefined;
  onApiKey: (apiKey: string) => void;
  onValue: (value: SecretDraft) => void;
  touch: (...fields: string[]) => void;
}

/** The seed's "Request Header": the partner's header name (API Key) and its secret Value. */
export function RequestHeaderSection(props: RequestHeaderSectionProps) {
  const headingId = useId();
  return (
    <section className="card settings-group" role="group" aria-labelledby={headingId}>
      <div className="settings-group-head">
        <h2 id={headingId}>Request Header</h2>
        <p>
          Both provided by the partner. Sent with every order webhook so the partner can trust that it comes from this
          store.
        </p>
      </div>
      <div className="settings-row settings-row-split">
        <TextField
          label="API Key"
          value={props.apiKey}
          onChange={props.onApiKey}
          onBlur={() => props.touch('requestHeader.apiKey')}
          error={props.errorFor('requestHeader.apiKey')}
          hint="The header name, e.g. X-Partner-Key."
          placeholder="X-Partner-Key"
        />
        <SecretField
          label="Value"
          saved={props.savedValue}
          draft={props.value}
          onChange={props.onValue}
          // A Value needs an API Key to travel under, so leaving Value checks both.
          onBlur={() => props.touch('requestHeader.value', 'requestHeader.apiKey')}
          error={props.errorFor('requestHeader.value')}
        />
      </div>
      <SecretsProtectionNote />
    </section>
  );
}
