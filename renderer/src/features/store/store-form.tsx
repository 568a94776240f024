import { useMemo, useState } from 'react';
import type { FieldIssue } from '../../../../shared/contract';
import type { EventType } from '../../../../shared/domain/event-types';
import type { Weekday } from '../../../../shared/domain/hours';
import type { StoreView } from '../../../../shared/domain/store';
import { SaveBar } from '../../components/save-bar';
import { UnsavedChangesPrompt } from '../../components/unsaved-changes-prompt';
import { WeekHoursEditor } from '../../components/week-hours-editor';
import { WhoWillReceive } from '../../components/who-will-receive';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/field-errors';
import { groupErrorsFrom, rangeErrorsFrom } from '../../forms/range-errors';
import { useDraftOfSaved } from '../../forms/use-draft-of-saved';
import { useTouched } from '../../forms/use-touched';
import { userLocale } from '../../forms/user-locale';
import { useAppStore } from '../../store/store-context';
import { DetailsSection } from './details-section';
import { SpecialDatesSection } from './special-dates-section';
import { StatusSection } from './status-section';
import {
  inputFromDraft,
  storeDraftIsDirty,
  storeDraftOfSaved,
  storeFieldLabels,
  storeFields,
  validateStoreDraft,
  type StoreDraft,
} from './store-draft';
import { specialDateErrors } from './store-issues';
import { TaxRateScaleConfirm } from './tax-rate-scale-confirm';
import { scaleChange } from '../../forms/scale-change';
import '../../components/settings-groups.css';
import './store-page.css';

const storeEvents: readonly EventType[] = ['store.updated'];

/** The whole store in one form, saved at once (`store.save`), validated with the core's schema. */
export function StoreForm({ view }: { view: StoreView }) {
  const save = useAppStore((state) => state.saveRestaurant);
  const locale = userLocale();
  const draftOf = useMemo(() => storeDraftOfSaved(locale), [locale]);
  // A one-click status change or a save elsewhere reloads `view`; an edit in progress stays as typed.
  const { draft, setDraft, adopt } = useDraftOfSaved(view, draftOf);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedJustNow, setSavedJustNow] = useState(false);
  const [askingTax, setAskingTax] = useState(false);
  const { touched, touch, reset: resetTouched } = useTouched();

  const dirty = storeDraftIsDirty(draft, view, locale);
  const validation = useMemo(() => validateStoreDraft(draft, locale), [draft, locale]);
  const issues =
    serverIssues.length > 0
      ? [
          ...serverIssues.map((issue) => ({ path: issue.path.split('.'), message: issue.message })),
          ...validation.issues,
        ]
      : validation.issues;
  const serverFields: FieldErrors = fieldErrorsFrom(serverIssues, storeFields);
  const valid = validation.issues.length === 0;
  const all = touched.has('all');
  const errorFor = (field: string): string | undefined =>
    serverFields[field] ?? (all || touched.has(field) ? validation.fields[field] : undefined);
  const hourErrors = rangeErrorsFrom(issues, ['hours']);
  const dayErrors = groupErrorsFrom(issues, ['hours']);
  const special = specialDateErrors(issues);
  const problems = [
    ...new Set(
      validation.issues.map((issue) => {
        const root = String(issue.path[0] ?? '');
        return storeFieldLabels[root] ?? (root || 'Store');
      }),
    ),
  ];

  const edit = (patch: Partial<StoreDraft>): void => {
    setDraft((previous) => ({ ...previous, ...patch }));
    setSavedJustNow(false);
    setSaveError(null);
    setServerIssues([]);
  };

  const hourError = (day: Weekday, index: number, part: 'start' | 'end' | 'range'): string | undefined => {
    const left = (field: 'start' | 'end'): boolean => all || touched.has(`hours.${day}.${index}.${field}`);
    const shown = part === 'range' ? left('start') || left('end') : left(part);
    return shown ? hourErrors[`${day}.${index}.${part}`] : undefined;
  };

  const input = inputFromDraft(draft, view.status, locale);
  // A new rate is worth a question when it is a tenth or ten times the old one, or none;
  // a first rate where there was none is everyday setup (forms/scale-change.ts).
  const taxChange = valid ? scaleChange(view.taxRateBps, input.taxRateBps) : null;
  const askAboutTax = taxChange !== null && taxChange.kind !== 'from-zero';

  const saveNow = async (): Promise<void> => {
    setSaving(true);
    const result = await save(input);
    setSaving(false);
    if (result.ok) {
      adopt(result.value);
      resetTouched();
      setSavedJustNow(true);
      return;
    }
    setServerIssues(result.error.issues ?? []);
    setSaveError(`Not saved: ${result.error.issues?.[0]?.message ?? result.error.message}`);
  };

  const onSave = async (): Promise<void> => {
    touch('all');
    if (!valid) return;
    if (askAboutTax) {
      setAskingTax(true);
      return;
    }
    await saveNow();
  };

  return (
    <>
      <div className="page-body">
        <StatusSection view={view} />
        <section className="card settings-group" aria-label="Weekly hours">
          <div className="settings-group-head">
            <h2>Weekly hours</h2>
            <p>When the store is open. An end before the start runs past midnight (22:00–02:00).</p>
          </div>
          {Object.entries(dayErrors).map(([day, message]) => (
            <p key={day} className="inline-message inline-message-error">
              {message}
            </p>
          ))}
          <WeekHoursEditor
            week={draft.hours}
            emptyText="Closed"
            onChange={(hours) => edit({ hours })}
            onTouch={(day, index, part) => touch(`hours.${day}.${index}.${part}`)}
            errorFor={hourError}
          />
        </section>
        <SpecialDatesSection
          specialDates={draft.specialDates}
          onChange={(specialDates) => edit({ specialDates })}
          errors={special.fields}
          rangeErrors={special.ranges}
          shown={(key) => all || touched.has(key)}
          touch={touch}
        />
        <DetailsSection draft={draft} onChange={(patch) => edit(patch)} errorFor={errorFor} touch={touch} />
      </div>
      <SaveBar
        dirty={dirty}
        valid={valid}
        problems={problems}
        saving={saving}
        savedJustNow={savedJustNow}
        error={saveError}
        onSave={() => void onSave()}
        onDiscard={() => {
          adopt(view);
          resetTouched();
          setServerIssues([]);
          setSaveError(null);
        }}
        aside={<WhoWillReceive eventTypes={storeEvents} />}
      />
      {askingTax && taxChange && (
        <TaxRateScaleConfirm
          oldBps={view.taxRateBps}
          nextBps={input.taxRateBps}
          change={taxChange}
          locale={locale}
          onClose={() => setAskingTax(false)}
          onConfirm={async () => {
            setAskingTax(false);
            await saveNow();
            return null;
          }}
        />
      )}
      <UnsavedChangesPrompt when={dirty} />
    </>
  );
}
