import { useAppStore } from '../store/store-context';

/** Says plainly when secrets are stored without OS encryption, next to where they are typed. */
export function SecretsProtectionNote() {
  const secrets = useAppStore((state) => state.app.info?.secrets);
  if (!secrets || secrets.encrypted) return null;
  return (
    <p className="inline-message inline-message-warning">
      Secrets are not encrypted on this machine: {secrets.description}
    </p>
  );
}
