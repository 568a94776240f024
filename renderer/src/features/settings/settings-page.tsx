import { PageHeader } from '../../components/page-header';
import { settingsSections } from './settings-sections';
import '../../components/settings-groups.css';
import './settings-page.css';

/** Settings: things about the app itself rather than the restaurant's day, one section each. */
export function SettingsPage() {
  return (
    <>
      <PageHeader
        section="Integration Hub"
        title="Settings"
        description="How this Back Office runs on this computer, and its sample data."
      />
      <div className="page-body">
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
