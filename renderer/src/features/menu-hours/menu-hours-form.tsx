import { useMemo, useState } from 'react';
import type { EventType } from '../../../../shared/domain/event-types';
import { sameHours, weeklyHoursSchema, type Weekday } from '../../../../shared/domain/hours';
import type { MenuSummary } from '../../../../shared/domain/menu';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { SaveBar } from '../../components/save-bar';
import { UnsavedChangesPrompt } from '../../components/unsaved-changes-prompt';
import { WeekHoursEditor } from '../../components/week-hours-editor';
import { WhoWillReceive } from '../../components/who-will-receive';
import { groupErrorsFrom, rangeErrorsFrom } from '../../forms/range-errors';
import { useDraftOfSaved } from '../../forms/use-draft-of-saved';
import { useTouched } from '../../forms/use-touched';
import { hoursFromDraft, weekDraftOfSaved } from '../../forms/week-draft';
import { useAppStore } from '../../store/store-context';
import { MenuPicker } from '../menu/menu-picker';

const hoursEvents: readonly EventType[] = ['menu.hours.updated'];

interface MenuHoursFormProps {
  summary: MenuSummary;
  summaries: readonly MenuSummary[];
  onChoose: (id: string) => void;
}

/** One menu's week of ranges, validated with the core's schema (HH:MM, no empty or overlapping ranges). */
export function MenuHoursForm({ summary, summaries, onChoose }: MenuHoursFormProps) {
  const save = useAppStore((state) => state.saveMenuHours);
  // Reloads (another window, a store change) follow the saved hours without touching an edit in progress.
  const { draft, setDraft, adopt } = useDraftOfSaved(summary.hours, weekDraftOfSaved);
  const [saving, setSaving] = useState(false);
  const [savedJustNow, setSavedJustNow] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [pendingMenu, setPendingMenu] = useState<string | null>(null);
  const { touched, touch, reset: resetTouched } = useTouched();

  const hours = useMemo(() => hoursFromDraft(draft), [draft]);
  const dirty = !sameHours(hours, summary.hours);

  const issues = useMemo(() => {
    const parsed = weeklyHoursSchema.safeParse(hours);
    return parsed.success ? [] : parsed.error.issues;
  }, [hours]);
  const rangeErrors = rangeErrorsFrom(issues, []);
  const dayErrors = groupErrorsFrom(issues, []);
  const valid = issues.length === 0;
  const problemDays = [...new Set(issues.map((issue) => String(issue.path[0])))];

  const errorFor = (day: Weekday, index: number, part: 'start' | 'end' | 'range'): string | undefined => {
    const left = (field: 'start' | 'end'): boolean => touched.has('all') || touched.has(`${day}.${index}.${field}`);
    // A field's own problem shows once it is left; an overlap once either end is.
    const shown = part === 'range' ? left('start') || left('end') : left(part);
    return shown ? rangeErrors[`${day}.${index}.${part}`] : undefined;
  };

  const onSave = async (): Promise<void> => {
    touch('all');
    if (!valid) return;
    setSaving(true);
    const result = await save(summary.id, hours);
    setSaving(false);
    if (result.ok) {
      adopt(result.value);
      resetTouched();
      setSavedJustNow(true);
      setSaveError(null);
    } else {
      touch('all');
      setSaveError(`Not saved: ${result.error.issues?.[0]?.message ?? result.error.message}`);
    }
  };

  const choose = (id: string): void => {
    if (id === summary.id) return;
    if (dirty) setPendingMenu(id);
    else onChoose(id);
  };

  return (
    <>
      <div className="page-body">
        <MenuPicker summaries={summaries} chosenId={summary.id} onChoose={choose} />
        <section className="card card-padded" aria-label={`${summary.name} hours`}>
          {Object.entries(dayErrors).map(([day, message]) => (
            <p key={day} className="inline-message inline-message-error">
              {message}
            </p>
          ))}
          <WeekHoursEditor
            week={draft}
            emptyText="Not offered"
            onChange={(week) => {
              setDraft(week);
              setSavedJustNow(false);
              setSaveError(null);
            }}
            onTouch={(day, index, part) => touch(`${day}.${index}.${part}`)}
            errorFor={errorFor}
          />
        </section>
      </div>
      <SaveBar
        dirty={dirty}
        valid={valid}
        problems={problemDays.map((day) => day.charAt(0).toUpperCase() + day.slice(1))}
        saving={saving}
        savedJustNow={savedJustNow}
        error={saveError}
        onSave={() => void onSave()}
        onDiscard={() => {
          adopt(summary.hours);
          resetTouched();
          setSaveError(null);
        }}
        aside={<WhoWillReceive eventTypes={hoursEvents} />}
      />
      {pendingMenu ? (
        <ConfirmDialog
          title="Discard your changes to these hours?"
          description={`The hours of ${summary.name} have changes that are not saved.`}
          confirmLabel="Discard changes"
          danger
          onClose={() => setPendingMenu(null)}
          onConfirm={() => {
            onChoose(pendingMenu);
            return Promise.resolve(null);
          }}
        />
      ) : null}
      <UnsavedChangesPrompt when={dirty} />
    </>
  );
}
