import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { useAppStore } from '../../store/store-context';
import { MenuHoursForm } from './menu-hours-form';
import { LoadFailed } from '../../components/load-failed';

/** Back Office → Menu Hours: when each menu is offered, per weekday, several ranges a day. */
export function MenuHoursPage() {
  const summaries = useAppStore((state) => state.menus.summaries);
  const loadState = useAppStore((state) => state.menus.loadState);
  const error = useAppStore((state) => state.menus.error);
  const loadMenus = useAppStore((state) => state.loadMenus);
  const [chosenId, setChosenId] = useState<string | null>(null);

  useEffect(() => {
    void loadMenus();
  }, [loadMenus]);

  const summary = summaries.find((known) => known.id === chosenId) ?? summaries[0];

  return (
    <>
      <PageHeader
        section="Back Office"
        title="Menu Hours"
        description="When each menu can be ordered from. An end before the start runs past midnight (22:00–02:00)."
      />
      {summary ? (
        <MenuHoursForm key={summary.id} summary={summary} summaries={summaries} onChoose={setChosenId} />
      ) : (
        <div className="page-body">
          {loadState === 'failed' ? (
            <LoadFailed what="the menus" error={error} onRetry={() => void loadMenus()} />
          ) : loadState === 'ready' ? (
            <div className="card card-padded empty-state">
              <p>There are no menus yet.</p>
            </div>
          ) : (
            <p className="loading-text">Loading…</p>
          )}
        </div>
      )}
    </>
  );
}
