import { useEffect } from 'react';
import { LoadFailed } from '../../components/load-failed';
import { PageHeader } from '../../components/page-header';
import { useAppStore } from '../../store/store-context';
import { DesktopAppSection } from './desktop-app-section';

/** Integration Hub → Settings: how the app itself runs on this computer. */
export function SettingsPage() {
  const { loadState, error } = useAppStore((state) => state.desktop);
  const load = useAppStore((state) => state.loadDesktop);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader section="Integration Hub" title="Settings" description="How Integration Hub runs on this computer." />
      <div className="page-body">
        {loadState === 'failed' ? (
          <LoadFailed what="the settings" error={error} onRetry={() => void load()} />
        ) : (
          <DesktopAppSection />
        )}
      </div>
    </>
  );
}
