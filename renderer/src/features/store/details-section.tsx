import { useId, useMemo, useState } from 'react';
import { Combobox } from '../../components/combobox';
import { DecimalField } from '../../components/decimal-field';
import { Switch } from '../../components/switch';
import { TextField } from '../../components/text-field';
import { userLocale } from '../../forms/user-locale';
import { CurrencyChangeConfirm } from './currency-change-confirm';
import { taxRateSpec, type StoreDraft } from './store-draft';
import { currencyOptions, timeZoneOptions } from './zone-and-currency-options';
import './store-pickers.css';

interface DetailsSectionProps {
  draft: StoreDraft;
  onChange: (patch: Partial<StoreDraft>, field: string) => void;
  errorFor: (field: string) => string | undefined;
  touch: (field: string) => void;
}

/**
 * Name, time zone, currency and tax: what every check and event is stamped with.
 * Zone and currency are chosen from the platform's own lists (searchable), so
 * nothing the platform cannot format can be typed; a new currency is asked about.
 */
export function DetailsSection({ draft, onChange, errorFor, touch }: DetailsSectionProps) {
  const headingId = useId();
  const includedId = useId();
  const locale = userLocale();
  const taxSpec = useMemo(() => taxRateSpec(locale), [locale]);
  const zones = useMemo(() => timeZoneOptions(draft.timezone, locale), [draft.timezone, locale]);
  const currencies = useMemo(() => currencyOptions(draft.currency, locale), [draft.currency, locale]);
  /** The currency picked but not yet confirmed. */
  const [askingFor, setAskingFor] = useState<string | null>(null);
  return (
    <section className="card settings-group" aria-labelledby={headingId}>
      <div className="settings-group-head">
        <h2 id={headingId}>Store</h2>
      </div>
      <div className="settings-row settings-row-split">
        <TextField
          label="Name"
          value={draft.name}
          onChange={(name) => onChange({ name }, 'name')}
          onBlur={() => touch('name')}
          error={errorFor('name')}
        />
        <Combobox
          label="Time zone"
          value={draft.timezone}
          options={zones}
          onChange={(timezone) => onChange({ timezone }, 'timezone')}
          onBlur={() => touch('timezone')}
          error={errorFor('timezone')}
          hint="Every time on these screens and sent to partners is the store’s. Type a city to search."
        />
      </div>
      <div className="settings-row">
        <div className="store-currency">
          <Combobox
            label="Currency"
            value={draft.currency}
            options={currencies}
            onChange={setAskingFor}
            onBlur={() => touch('currency')}
            error={errorFor('currency')}
            hint="Prices are not converted when it changes."
          />
        </div>
        <DecimalField
          label="Tax rate (%)"
          spec={taxSpec}
          value={draft.taxRate}
          onChange={(taxRate) => onChange({ taxRate }, 'taxRateBps')}
          onBlur={() => touch('taxRateBps')}
          error={errorFor('taxRateBps')}
          width="short"
        />
        <div className="switch-field store-tax-included">
          <span id={includedId} className="field-label">
            Prices include tax
          </span>
          <Switch
            checked={draft.taxIncluded}
            labelledBy={includedId}
            onChange={(taxIncluded) => onChange({ taxIncluded }, 'taxIncluded')}
          />
        </div>
      </div>
      {askingFor ? (
        <CurrencyChangeConfirm
          from={draft.currency}
          to={askingFor}
          toLabel={currencies.find((option) => option.value === askingFor)?.label ?? askingFor}
          onClose={() => setAskingFor(null)}
          onConfirm={() => {
            onChange({ currency: askingFor }, 'currency');
            setAskingFor(null);
          }}
        />
      ) : null}
    </section>
  );
}
