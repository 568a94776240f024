import { useId, useMemo } from 'react';
import { DecimalField } from '../../components/decimal-field';
import { Switch } from '../../components/switch';
import { TextField } from '../../components/text-field';
import { userLocale } from '../../forms/user-locale';
import { taxRateSpec, type StoreDraft } from './store-draft';

interface DetailsSectionProps {
  draft: StoreDraft;
  onChange: (patch: Partial<StoreDraft>, field: string) => void;
  errorFor: (field: string) => string | undefined;
  touch: (field: string) => void;
}

/** Name, time zone, currency and tax: what every check and event is stamped with. */
export function DetailsSection({ draft, onChange, errorFor, touch }: DetailsSectionProps) {
  const headingId = useId();
  const includedId = useId();
  const locale = userLocale();
  const taxSpec = useMemo(() => taxRateSpec(locale), [locale]);
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
        <TextField
          label="Time zone"
          value={draft.timezone}
          onChange={(timezone) => onChange({ timezone }, 'timezone')}
          onBlur={() => touch('timezone')}
          error={errorFor('timezone')}
          hint="e.g. America/New_York"
        />
      </div>
      <div className="settings-row">
        <TextField
          label="Currency"
          value={draft.currency}
          onChange={(currency) => onChange({ currency }, 'currency')}
          onBlur={() => touch('currency')}
          error={errorFor('currency')}
          width="short"
          hint="ISO code, e.g. USD"
        />
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
    </section>
  );
}
