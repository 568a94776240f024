import { useEffect } from 'react';
import { LoadFailed } from '../../components/load-failed';
import { PageHeader } from '../../components/page-header';
import { useAppStore } from '../../store/store-context';
import { DesktopAppSection } from './desktop-app-section';
import { settingsSections } from './settings-sections';
import '../../components/settings-groups.css';
import './settings-page.css';

/**
 * Integration Hub → Settings: how the app itself runs on this computer (the desktop
 * app's own settings), then the other sections, one card each.
 */
export function SettingsPage() {
  const { loadState, error } = useAppStore((state) => state.desktop);
  const load = useAppStore((state) => state.loadDesktop);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        section="Integration Hub"
        title="Settings"
        description="How Integration Hub runs on this computer, and its sample data."
      />
      <div className="page-body">
        {loadState === 'failed' ? (
          <LoadFailed what="the desktop app's settings" error={error} onRetry={() => void load()} />
        ) : (
          <DesktopAppSection />
        )}
        {settingsSections.map(({ id, title, description, Body }) => (
          <section key={id} className="card settings-group" aria-labelledby={`settings-${id}`}>
            <div className="settings-group-head">
              <h2 id={`settings-${id}`}>{title}</h2>
              <p>{description}</p>
            </div>
            <div className="settings-section-body">
              <Body />
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
