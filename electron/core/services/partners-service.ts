import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract';
import type { PartnerSaved, PartnerView } from '../../../shared/domain/partners';
import { HubFailure } from '../api/hub-failure';
import type { Clock } from '../ports';
import { hasSecretAfter, secretView, secretWrite } from '../secrets/secret-changes';
import { partnerSecretKeys } from '../secrets/secret-keys';
import { generateSigningSecret } from '../secrets/signing-secret';
import type { StoredPartner } from '../settings/settings-schema';
import type { SettingsWithSecrets } from '../settings/settings-with-secrets';

type PartnerFields = ParsedInput<'partners.create'>;

/** Partner endpoints (brief §4): CRUD with their secrets kept in the secret store. */
export class PartnersService {
  constructor(
    private readonly config: SettingsWithSecrets,
    private readonly clock: Clock,
  ) {}

  private get settings() {
    return this.config.settings;
  }

  private get secrets() {
    return this.config.secrets;
  }

  list(): PartnerView[] {
    return this.settings.current.partners.map((p) => this.view(p));
  }

  create(input: PartnerFields): Promise<PartnerSaved> {
    return this.save(randomUUID(), input, null);
  }

  update(input: ParsedInput<'partners.update'>): Promise<PartnerSaved> {
    const { id, ...fields } = input;
    return this.save(id, fields, this.find(id));
  }

  setEnabled(id: string, enabled: boolean): PartnerView {
    const existing = this.find(id);
    const updated: StoredPartner = { ...existing, enabled, updatedAt: this.clock.now().toISOString() };
    this.settings.update((draft) => ({ ...draft, partners: draft.partners.map((p) => (p.id === id ? updated : p)) }));
    return this.view(updated);
  }

  delete(id: string): { id: string } {
    this.find(id);
    const keys = partnerSecretKeys(id);
    this.config.remove(
      (draft) => ({ ...draft, partners: draft.partners.filter((p) => p.id !== id) }),
      [keys.header, keys.signing],
    );
    return { id };
  }

  private find(id: string): StoredPartner {
    const partner = this.settings.current.partners.find((p) => p.id === id);
    if (!partner) throw HubFailure.notFound('That partner');
    return partner;
  }

  private async save(id: string, input: PartnerFields, existing: StoredPartner | null): Promise<PartnerSaved> {
    const keys = partnerSecretKeys(id);
    const hasHeaderValue = hasSecretAfter(this.secrets, keys.header, input.header.value);
    if (input.header.name !== '' && !hasHeaderValue) {
      throw HubFailure.invalidField('header.value', 'Enter the header value, or clear the header name.');
    }
    if (input.header.name === '' && hasHeaderValue) {
      throw HubFailure.invalidField(
        'header.name',
        'Enter the header name this value is sent under, or clear the value.',
      );
    }
    const signingSecret =
      input.signingSecret === 'generate' ? generateSigningSecret() : input.signingSecret === 'clear' ? null : undefined;
    const writes = new Map<string, string | null>();
    const headerValue = secretWrite(input.header.value);
    if (headerValue !== undefined) writes.set(keys.header, headerValue);
    if (signingSecret !== undefined) writes.set(keys.signing, signingSecret);

    const now = this.clock.now().toISOString();
    const stored: StoredPartner = {
      id,
      name: input.name,
      url: input.url,
      enabled: input.enabled,
      eventTypes: [...input.eventTypes],
      headerName: input.header.name,
      timeoutSeconds: input.timeoutSeconds,
      rateLimitPerSecond: input.rateLimitPerSecond,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };

    // The header name lives in the settings, its value and the signing secret in the secrets: saved as one.
    await this.config.save(
      (draft) => ({
        ...draft,
        partners: existing ? draft.partners.map((p) => (p.id === id ? stored : p)) : [...draft.partners, stored],
      }),
      writes,
    );
    const saved: PartnerSaved = { partner: this.view(stored) };
    // The generated secret is returned once, now; afterwards only its mask.
    if (signingSecret) saved.signingSecret = signingSecret;
    return saved;
  }

  private view(partner: StoredPartner): PartnerView {
    const keys = partnerSecretKeys(partner.id);
    return {
      id: partner.id,
      name: partner.name,
      url: partner.url,
      enabled: partner.enabled,
      eventTypes: [...partner.eventTypes],
      header: { name: partner.headerName, value: secretView(this.secrets, keys.header) },
      signingSecret: secretView(this.secrets, keys.signing),
      timeoutSeconds: partner.timeoutSeconds,
      rateLimitPerSecond: partner.rateLimitPerSecond,
      createdAt: partner.createdAt,
      updatedAt: partner.updatedAt,
    };
  }
}
