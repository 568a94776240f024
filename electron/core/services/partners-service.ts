import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract';
import type { PartnerSaved, PartnerView, SigningRotationView } from '../../../shared/domain/partners';
import { HubFailure } from '../api/hub-failure';
import type { Clock } from '../ports';
import { hasSecretAfter, secretView, secretWrite } from '../secrets/secret-changes';
import { partnerSecretKeys } from '../secrets/secret-keys';
import { generateSigningSecret } from '../secrets/signing-secret';
import type { StoredPartner } from '../settings/settings-schema';
import type { SettingsWithSecrets } from '../settings/settings-with-secrets';

type PartnerFields = ParsedInput<'partners.create'>;

const hourMs = 3_600_000;

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

  /**
   * Holds a partner (#14): every event it subscribes to is still queued for it, and
   * nothing is sent until `release`. A disabled partner is refused: it is told of
   * nothing, so there would be nothing to hold.
   */
  hold(id: string): PartnerView {
    const existing = this.find(id);
    if (!existing.enabled) {
      throw new HubFailure(
        'validation_failed',
        `“${existing.name}” is disabled, so nothing is kept for it. Enable it first, then hold it.`,
      );
    }
    return this.setHeld(existing, true);
  }

  /** Releases a held partner: what was kept for it is sent, in order (a partner not held answers as it is). */
  release(id: string): PartnerView {
    return this.setHeld(this.find(id), false);
  }

  private setHeld(existing: StoredPartner, held: boolean): PartnerView {
    if (existing.held === held) return this.view(existing);
    const updated: StoredPartner = { ...existing, held, updatedAt: this.clock.now().toISOString() };
    this.settings.update((draft) => ({
      ...draft,
      partners: draft.partners.map((p) => (p.id === existing.id ? updated : p)),
    }));
    return this.view(updated);
  }

  delete(id: string): { id: string } {
    this.find(id);
    const keys = partnerSecretKeys(id);
    this.config.remove(
      (draft) => ({ ...draft, partners: draft.partners.filter((p) => p.id !== id) }),
      [keys.header, keys.signing, keys.oldSigning],
    );
    return { id };
  }

  /**
   * Rotation with overlap (#14): a new secret, returned once; the current one
   * becomes the old one and keeps signing beside it for `overlapHours`. The
   * settings and both secrets are saved as one. An earlier rotation's old secret
   * still in its overlap is dropped only when the caller says it told the operator.
   */
  async rotateSigningSecret(input: ParsedInput<'partners.rotateSigningSecret'>): Promise<PartnerSaved> {
    const existing = this.find(input.id);
    const keys = partnerSecretKeys(input.id);
    const current = this.secrets.read(keys.signing);
    if (current.state === 'unset') {
      throw new HubFailure(
        'validation_failed',
        `“${existing.name}” has no signing secret to rotate. Generate one with Edit.`,
      );
    }
    if (current.state === 'unreadable') {
      throw new HubFailure(
        'validation_failed',
        `The signing secret of “${existing.name}” cannot be read on this computer, so it cannot keep signing beside a new one. Generate a new one with Edit instead.`,
      );
    }
    const now = this.clock.now();
    if (this.overlapOpen(existing, now) && !input.replaceOldSecret) {
      throw HubFailure.invalidField(
        'replaceOldSecret',
        `The old secret of the last rotation of “${existing.name}” still signs. Rotating again stops it at once; confirm to go ahead.`,
      );
    }
    const secret = generateSigningSecret();
    const stored: StoredPartner = {
      ...existing,
      signingRotation: {
        rotatedAt: now.toISOString(),
        oldSecretStopsAt: new Date(now.getTime() + input.overlapHours * hourMs).toISOString(),
      },
      updatedAt: now.toISOString(),
    };
    await this.config.save(
      (draft) => ({ ...draft, partners: draft.partners.map((p) => (p.id === input.id ? stored : p)) }),
      new Map([
        [keys.oldSigning, current.value],
        [keys.signing, secret],
      ]),
    );
    // Shown once, now, like a generated secret; afterwards only its mask.
    return { partner: this.view(stored), signingSecret: secret };
  }

  /** Ends a rotation's overlap now (or answers as it is when there is none): only the new secret signs. */
  endSigningOverlap(id: string): PartnerView {
    const existing = this.find(id);
    if (!existing.signingRotation) return this.view(existing);
    const ended: StoredPartner = { ...existing, signingRotation: null, updatedAt: this.clock.now().toISOString() };
    this.config.remove(
      (draft) => ({ ...draft, partners: draft.partners.map((p) => (p.id === id ? ended : p)) }),
      [partnerSecretKeys(id).oldSigning],
    );
    return this.view(ended);
  }

  private overlapOpen(partner: StoredPartner, now: Date): boolean {
    const rotation = partner.signingRotation;
    return rotation !== null && now.getTime() < Date.parse(rotation.oldSecretStopsAt);
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
    if (signingSecret !== undefined) {
      writes.set(keys.signing, signingSecret);
      // A secret replaced or removed here stops at once, and so does an old one still in its overlap.
      writes.set(keys.oldSigning, null);
    }

    const now = this.clock.now().toISOString();
    const stored: StoredPartner = {
      id,
      name: input.name,
      url: input.url,
      enabled: input.enabled,
      eventTypes: [...input.eventTypes],
      headerName: input.header.name,
      signingRotation: signingSecret === undefined ? (existing?.signingRotation ?? null) : null,
      held: existing?.held ?? false,
      timeoutSeconds: input.timeoutSeconds,
      rateLimitPerSecond: input.rateLimitPerSecond,
      orderDeadlines: { ...input.orderDeadlines },
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
      signingRotation: this.rotationView(partner),
      held: partner.held,
      timeoutSeconds: partner.timeoutSeconds,
      rateLimitPerSecond: partner.rateLimitPerSecond,
      orderDeadlines: { ...partner.orderDeadlines },
      createdAt: partner.createdAt,
      updatedAt: partner.updatedAt,
    };
  }

  private rotationView(partner: StoredPartner): SigningRotationView | null {
    const rotation = partner.signingRotation;
    if (!rotation) return null;
    return { ...rotation, oldSecret: secretView(this.secrets, partnerSecretKeys(partner.id).oldSigning) };
  }
}
