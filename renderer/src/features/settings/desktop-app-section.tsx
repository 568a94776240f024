import { useId } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { Switch } from '../../components/switch';
import { useAppStore } from '../../store/store-context';
import '../../components/settings-groups.css';
import './settings-page.css';

/**
 * The desktop app's own settings: start at login. Browser mode shows what it
 * is for instead of a switch it could not apply.
 */
export function DesktopAppSection() {
  const { settings, saving, saveError } = useAppStore((state) => state.desktop);
  const setStartAtLogin = useAppStore((state) => state.setStartAtLogin);
  const headingId = useId();
  const startId = useId();
  const helpId = useId();
  if (!settings) return null;

  return (
    <section className="card settings-group" role="group" aria-labelledby={headingId}>
      <div className="settings-group-head">
        <h2 id={headingId}>Desktop app</h2>
        <p>
          Closing the window keeps Integration Hub sending webhooks in the background; quit it from its icon in the
          system tray or menu bar.
        </p>
      </div>
      {settings.available ? (
        <div className="settings-row settings-row-center">
          <div className="settings-group-head">
            <h3 id={startId}>Start at login</h3>
            <p id={helpId}>
              Starts Integration Hub in the background when you sign in to this computer, so webhooks go out even before
              anyone opens it.
            </p>
          </div>
          <Switch
            checked={settings.startAtLogin}
            labelledBy={startId}
            describedBy={helpId}
            disabled={saving}
            onChange={(on) => void setStartAtLogin(on)}
          />
        </div>
      ) : (
        <p className="settings-note">
          Start at login is a setting of the desktop app. Browser mode runs only while its terminal does.
        </p>
      )}
      <ErrorAlert message={saveError} />
    </section>
  );
}
