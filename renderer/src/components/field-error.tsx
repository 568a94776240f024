import './field.css';

/** A field's inline error, with the id its control names in `aria-describedby`; nothing when valid. */
export function FieldError({ id, message }: { id?: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span className="field-error-icon" aria-hidden="true">
        ⚠
      </span>
      {message}
    </p>
  );
}
