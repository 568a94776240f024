import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PartnerSaved } from '../../../../shared/domain/partners';
import { PageHeader } from '../../components/page-header';
import { useAppStore } from '../../store/store-context';
import { DeletePartnerDialog } from './delete-partner-dialog';
import { PartnerFormDialog } from './partner-form-dialog';
import { PartnersTable } from './partners-table';
import { SigningSecretRevealDialog } from './signing-secret-reveal-dialog';
import { RotateSigningSecretDialog } from './rotate-signing-secret-dialog';
import { EndSigningOverlapDialog } from './end-signing-overlap-dialog';
import { ResyncDialog } from './resync-dialog';
import { LoadFailed } from '../../components/load-failed';
import { ErrorAlert } from '../../components/error-alert';
import { partnerDestinationId } from '../../../../shared/domain/destinations';
import { nextOffer, UndeliveredOffer, type UndeliveredOfferFor } from '../deliveries/undelivered-offer';

/** Which dialog is open; only one at a time. */
type Open =
  | { kind: 'none' }
  | { kind: 'add' }
  | { kind: 'edit'; id: string }
  | { kind: 'delete'; id: string }
  | { kind: 'rotate'; id: string }
  | { kind: 'endOverlap'; id: string }
  | { kind: 'resync'; id: string }
  /** A new secret, shown once; `oldSecretStopsAt` when a rotation keeps the old one signing until then. */
  | { kind: 'secret'; name: string; secret: string; oldSecretStopsAt?: string };

/** Integration Hub → Partners: every partner endpoint (brief §4). */
export function PartnersPage() {
  const ids = useAppStore((state) => state.partners.ids);
  const byId = useAppStore((state) => state.partners.byId);
  const loadState = useAppStore((state) => state.partners.loadState);
  const loadError = useAppStore((state) => state.partners.error);
  const load = useAppStore((state) => state.loadPartners);
  const deletePartner = useAppStore((state) => state.deletePartner);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [rowError, setRowError] = useState<string | null>(null);
  /** After fixing a partner: the offer to send what is still undelivered to it. */
  const [offer, setOffer] = useState<UndeliveredOfferFor | null>(null);
  // `?edit=<id>` (the dashboard's "Fix" link) opens that partner's form; closing it drops the parameter.
  const [params, setParams] = useSearchParams();
  const editParam = params.get('edit');
  const close = (): void => {
    setOpen({ kind: 'none' });
    if (params.has('edit')) setParams({}, { replace: true });
  };

  const loadHealth = useAppStore((state) => state.loadPartnerHealth);
  useEffect(() => {
    void load();
    void loadHealth();
  }, [load, loadHealth]);

  const onSaved = ({ partner, signingSecret }: PartnerSaved, sendsDifferently: boolean): void => {
    close();
    if (signingSecret) setOpen({ kind: 'secret', name: partner.name, secret: signingSecret });
    if (sendsDifferently)
      setOffer((previous) => nextOffer(previous, [{ id: partnerDestinationId(partner.id), name: partner.name }]));
  };

  const editId = open.kind === 'edit' ? open.id : editParam;
  const editing = editId ? byId[editId] : undefined;
  const deleting = open.kind === 'delete' ? byId[open.id] : undefined;
  const rotating = open.kind === 'rotate' ? byId[open.id] : undefined;
  const endingOverlap = open.kind === 'endOverlap' ? byId[open.id] : undefined;
  const resyncing = open.kind === 'resync' ? byId[open.id] : undefined;

  return (
    <>
      <PageHeader
        section="Integration Hub"
        title="Partners"
        description="Each partner endpoint receives the events it subscribes to, signed and with its own header if set."
        actions={
          <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'add' })}>
            Add partner
          </button>
        }
      />
      <div className="page-body">
        <ErrorAlert message={rowError} />
        {offer ? (
          <UndeliveredOffer key={offer.save} destinations={offer.destinations} onClose={() => setOffer(null)} />
        ) : null}
        {loadState === 'failed' ? (
          <LoadFailed what="the partners" error={loadError} onRetry={() => void load()} />
        ) : loadState !== 'ready' ? (
          <p className="loading-text">Loading…</p>
        ) : ids.length === 0 ? (
          <div className="card card-padded empty-state">
            <p>
              No partners yet. Add one to send webhooks to an online ordering, delivery, loyalty or accounting service.
            </p>
          </div>
        ) : (
          <PartnersTable
            ids={ids}
            onEdit={(id) => setOpen({ kind: 'edit', id })}
            onDelete={(id) => setOpen({ kind: 'delete', id })}
            onRotate={(id) => setOpen({ kind: 'rotate', id })}
            onEndOverlap={(id) => setOpen({ kind: 'endOverlap', id })}
            onResync={(id) => setOpen({ kind: 'resync', id })}
            onError={setRowError}
          />
        )}
      </div>
      {open.kind === 'add' ? <PartnerFormDialog partner={null} onClose={close} onSaved={onSaved} /> : null}
      {editing ? <PartnerFormDialog key={editing.id} partner={editing} onClose={close} onSaved={onSaved} /> : null}
      {deleting ? (
        <DeletePartnerDialog
          name={deleting.name}
          onClose={close}
          onConfirm={async () => {
            const result = await deletePartner(deleting.id);
            if (result.ok || result.error.code === 'not_found') close();
            return result.ok ? null : result.error.message;
          }}
        />
      ) : null}
      {rotating ? (
        <RotateSigningSecretDialog
          partner={rotating}
          onClose={close}
          onRotated={({ partner, signingSecret }) =>
            setOpen(
              signingSecret
                ? {
                    kind: 'secret',
                    name: partner.name,
                    secret: signingSecret,
                    ...(partner.signingRotation ? { oldSecretStopsAt: partner.signingRotation.oldSecretStopsAt } : {}),
                  }
                : { kind: 'none' },
            )
          }
        />
      ) : null}
      {endingOverlap ? <EndSigningOverlapDialog partner={endingOverlap} onClose={close} /> : null}
      {resyncing ? <ResyncDialog partner={resyncing} onClose={close} /> : null}
      {open.kind === 'secret' ? (
        <SigningSecretRevealDialog
          partnerName={open.name}
          secret={open.secret}
          oldSecretStopsAt={open.oldSecretStopsAt}
          onClose={close}
        />
      ) : null}
    </>
  );
}
