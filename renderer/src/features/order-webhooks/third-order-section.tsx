import { useId } from 'react';
import { Switch } from '../../components/switch';

interface ThirdOrderSectionProps {
  active: boolean;
  openOrderUrl: string;
  onChange: (active: boolean) => void;
}

/** "3rd Order Web Hooks is Active": POS orders also go to the Open Order URL. */
export function ThirdOrderSection({ active, openOrderUrl, onChange }: ThirdOrderSectionProps) {
  const headingId = useId();
  const helpId = useId();
  return (
    <section className="card settings-group" role="group" aria-labelledby={headingId}>
      <div className="settings-row settings-row-center">
        <div className="settings-group-head">
          <h2 id={headingId}>3rd Order Web Hooks is Active</h2>
          <p id={helpId}>
            When YES, orders placed at the POS (not only online orders) are also sent to the Open Order Web Hooks URL,
            with the request header. When NO, nothing extra is sent.
          </p>
        </div>
        <Switch checked={active} labelledBy={headingId} describedBy={helpId} onChange={onChange} />
      </div>
      {active && openOrderUrl === '' ? (
        <p className="inline-message inline-message-warning">
          POS orders are sent to the Open Order Web Hooks URL, which is empty: nothing will be sent until you enter one.
        </p>
      ) : null}
    </section>
  );
}
