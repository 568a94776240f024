import { useId, useMemo, useState } from 'react';
import type { FieldIssue } from '../../../../shared/contract';
import type { PartnerSaved, PartnerView } from '../../../../shared/domain/partners';
import type { SecretView } from '../../../../shared/domain/secrets';
import { partnerRateLimitRange, partnerTimeoutRange } from '../../../../shared/domain/partners';
import { defaultOrderDeadlines, orderDeadlineMinutes } from '../../../../shared/domain/order-deadlines';
import { Dialog } from '../../components/dialog';
import { SecretField } from '../../components/secret-field';
import { SecretsProtectionNote } from '../../components/secrets-protection-note';
import { Switch } from '../../components/switch';
import { TextField } from '../../components/text-field';
import { fieldErrorsFrom, hasErrors, unplacedIssues, type FieldErrors } from '../../forms/field-errors';
import { useTouched } from '../../forms/use-touched';
import { useAppStore } from '../../store/store-context';
import { EventTypeChecklist } from './event-type-checklist';
import {
  changesHowItSends,
  draftFromPartner,
  inputFromDraft,
  newPartnerDraft,
  partnerDraftIsDirty,
  partnerFieldLabels,
  partnerFields,
  validatePartnerDraft,
  type PartnerDraft,
} from './partner-draft';
import { SigningSecretControl } from './signing-secret-control';
import './partner-form.css';
import { UseTestInboxButton } from '../inbox/use-test-inbox-button';

const noSecret: SecretView = { set: false, masked: null };

interface PartnerFormDialogProps {
  /** The partner being edited, or null to add one. */
  partner: PartnerView | null;
  onClose: () => void;
  /** `sendsDifferently`: an edit changed the URL, header, signing secret or timeout. */
  onSaved: (saved: PartnerSaved, sendsDifferently: boolean) => void;
}

export function PartnerFormDialog({ partner, onClose, onSaved }: PartnerFormDialogProps) {
  const createPartner = useAppStore((state) => state.createPartner);
  const updatePartner = useAppStore((state) => state.updatePartner);
  const [initial] = useState<PartnerDraft>(() => (partner ? draftFromPartner(partner) : newPartnerDraft()));
  const [draft, setDraft] = useState(initial);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { touched, touch } = useTouched();
  const id = useId();

  const savedHeaderValue = partner?.header.value ?? noSecret;
  const errors = useMemo(() => validatePartnerDraft(draft, savedHeaderValue), [draft, savedHeaderValue]);
  const valid = !hasErrors(errors);
  const dirty = partnerDraftIsDirty(draft, initial);
  const errorFor = (field: (typeof partnerFields)[number]): string | undefined =>
    serverErrors[field] ?? (touched.has(field) ? errors[field] : undefined);
  const problems = partnerFields
    .filter((field) => errors[field] !== undefined)
    .map((field) => partnerFieldLabels[field]);

  const edit = (patch: Partial<PartnerDraft>, ...fields: string[]): void => {
    setDraft({ ...draft, ...patch });
    setSaveError(null);
    if (fields.some((field) => serverErrors[field])) {
      setServerErrors((previous) =>
        Object.fromEntries(Object.entries(previous).filter(([key]) => !fields.includes(key))),
      );
    }
  };

  const onSave = async (): Promise<void> => {
    touch(...partnerFields);
    if (!valid) return;
    setSaving(true);
    const input = inputFromDraft(draft);
    const result = partner ? await updatePartner({ id: partner.id, ...input }) : await createPartner(input);
    setSaving(false);
    if (result.ok) return onSaved(result.value, partner !== null && changesHowItSends(input, partner));
    const issues: FieldIssue[] = result.error.issues ?? [];
    setServerErrors(fieldErrorsFrom(issues, partnerFields));
    const unplaced = unplacedIssues(issues, partnerFields);
    setSaveError(
      issues.length > 0 && unplaced.length === 0
        ? 'Some fields were not accepted; see the messages above.'
        : `Not saved: ${unplaced[0]?.message ?? result.error.message}`,
    );
  };

  let footerMessage: string | null = saveError;
  if (!footerMessage && !valid && (dirty || !partner)) footerMessage = `Still needed: ${problems.join(', ')}.`;

  return (
    <Dialog
      title={partner ? `Edit “${partner.name}”` : 'Add partner'}
      size="large"
      onClose={onClose}
      footer={
        <>
          <p className={`partner-form-message${saveError ? ' partner-form-problem' : ''}`}>{footerMessage}</p>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!valid || !dirty || saving}
            onClick={() => void onSave()}
          >
            {saving ? 'Saving…' : partner ? 'Save changes' : 'Add partner'}
          </button>
        </>
      }
    >
      <div className="partner-form">
        <div className="partner-form-row">
          <TextField
            label="Name"
            value={draft.name}
            onChange={(name) => edit({ name }, 'name')}
            onBlur={() => touch('name')}
            error={errorFor('name')}
            placeholder="e.g. DoorDash"
          />
          <div className="switch-field">
            <span id={`${id}-enabled`} className="field-label">
              Enabled
            </span>
            <Switch
              checked={draft.enabled}
              labelledBy={`${id}-enabled`}
              onChange={(enabled) => edit({ enabled }, 'enabled')}
            />
          </div>
        </div>
        <TextField
          label="URL"
          type="url"
          inputMode="url"
          value={draft.url}
          onChange={(url) => edit({ url }, 'url')}
          onBlur={() => touch('url')}
          error={errorFor('url')}
          hint={
            <>
              Where webhooks are POSTed, e.g. https://partner.example.com/webhooks. To try it first:{' '}
              <UseTestInboxButton
                target={draft.name.trim() || 'this partner'}
                onUse={(url) => {
                  edit({ url }, 'url');
                  touch('url');
                }}
              />
            </>
          }
          placeholder="https://"
        />
        <EventTypeChecklist
          selected={draft.eventTypes}
          onChange={(eventTypes) => {
            edit({ eventTypes }, 'eventTypes');
            touch('eventTypes');
          }}
          error={errorFor('eventTypes')}
        />
        <section className="partner-form-section" aria-labelledby={`${id}-header`}>
          <h3 id={`${id}-header`}>Custom header (optional)</h3>
          <p className="field-hint">An API key the partner gave you, sent as a request header with every webhook.</p>
          <div className="partner-form-row">
            <TextField
              label="Header name"
              value={draft.headerName}
              onChange={(headerName) => edit({ headerName }, 'header.name')}
              onBlur={() => touch('header.name')}
              error={errorFor('header.name')}
              placeholder="X-Api-Key"
            />
            <SecretField
              label="Header value"
              saved={savedHeaderValue}
              draft={draft.headerValue}
              onChange={(headerValue) => {
                edit({ headerValue }, 'header.value', 'header.name');
                if (headerValue.clear) touch('header.value', 'header.name');
              }}
              onBlur={() => touch('header.value', 'header.name')}
              error={errorFor('header.value')}
            />
          </div>
          <SecretsProtectionNote />
        </section>
        <section className="partner-form-section" aria-labelledby={`${id}-signing`}>
          <h3 id={`${id}-signing`}>Signing secret</h3>
          <SigningSecretControl
            saved={partner?.signingSecret ?? null}
            action={draft.signingSecret}
            onChange={(signingSecret) => edit({ signingSecret }, 'signingSecret')}
          />
        </section>
        <section className="partner-form-section" aria-labelledby={`${id}-delivery`}>
          <h3 id={`${id}-delivery`}>Delivery</h3>
          <div className="partner-form-row">
            <TextField
              label="Timeout (seconds)"
              type="number"
              inputMode="numeric"
              min={partnerTimeoutRange.min}
              max={partnerTimeoutRange.max}
              value={draft.timeoutSeconds}
              onChange={(timeoutSeconds) => edit({ timeoutSeconds }, 'timeoutSeconds')}
              onBlur={() => touch('timeoutSeconds')}
              error={errorFor('timeoutSeconds')}
              hint={`${partnerTimeoutRange.min}–${partnerTimeoutRange.max} s; default ${partnerTimeoutRange.default}.`}
            />
            <TextField
              label="Rate limit (requests per second)"
              type="number"
              inputMode="numeric"
              min={partnerRateLimitRange.min}
              max={partnerRateLimitRange.max}
              value={draft.rateLimitPerSecond}
              onChange={(rateLimitPerSecond) => edit({ rateLimitPerSecond }, 'rateLimitPerSecond')}
              onBlur={() => touch('rateLimitPerSecond')}
              error={errorFor('rateLimitPerSecond')}
              hint={`${partnerRateLimitRange.min}–${partnerRateLimitRange.max}; default ${partnerRateLimitRange.default}.`}
            />
          </div>
        </section>
        <section className="partner-form-section" aria-labelledby={`${id}-deadlines`}>
          <h3 id={`${id}-deadlines`}>Order deadlines</h3>
          <p className="field-hint">
            An order this partner has not received in time raises an alert that stays until someone retries it or phones
            the partner — offline too.
          </p>
          <div className="partner-form-row">
            <TextField
              label="New order (minutes)"
              type="number"
              inputMode="numeric"
              min={orderDeadlineMinutes.min}
              max={orderDeadlineMinutes.max}
              value={draft.createdMinutes}
              onChange={(createdMinutes) => edit({ createdMinutes }, 'orderDeadlines.createdMinutes')}
              onBlur={() => touch('orderDeadlines.createdMinutes')}
              error={errorFor('orderDeadlines.createdMinutes')}
              hint={`${orderDeadlineMinutes.min}–${orderDeadlineMinutes.max} min; default ${defaultOrderDeadlines.createdMinutes}.`}
            />
            <TextField
              label="Order changed, closed or cancelled (minutes)"
              type="number"
              inputMode="numeric"
              min={orderDeadlineMinutes.min}
              max={orderDeadlineMinutes.max}
              value={draft.otherMinutes}
              onChange={(otherMinutes) => edit({ otherMinutes }, 'orderDeadlines.otherMinutes')}
              onBlur={() => touch('orderDeadlines.otherMinutes')}
              error={errorFor('orderDeadlines.otherMinutes')}
              hint={`${orderDeadlineMinutes.min}–${orderDeadlineMinutes.max} min; default ${defaultOrderDeadlines.otherMinutes}.`}
            />
          </div>
        </section>
      </div>
    </Dialog>
  );
}
