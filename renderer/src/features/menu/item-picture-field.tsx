import { useState } from 'react';
import { imageUrlProblem } from '../../../../shared/domain/menu';
import { TextField } from '../../components/text-field';

interface ItemPictureFieldProps {
  value: string;
  itemName: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  error: string | undefined;
}

/**
 * The picture's https address, with a thumbnail of what partners will show.
 * The thumbnail follows the address once the field is left (not every keystroke:
 * half-typed hosts are not looked up), and is fetched without a referrer.
 */
export function ItemPictureField({ value, itemName, onChange, onBlur, error }: ItemPictureFieldProps) {
  const [preview, setPreview] = useState(value);
  const [typing, setTyping] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  // Replaced from outside (discard, a save): show the new one at once.
  if (!typing && value !== preview) setPreview(value);
  const shown = preview.trim() !== '' && imageUrlProblem(preview.trim()) === null ? preview.trim() : null;

  return (
    <div className="item-picture">
      <TextField
        label="Picture (https address)"
        type="url"
        inputMode="url"
        value={value}
        placeholder="https://…"
        onChange={(next) => {
          setTyping(true);
          onChange(next);
        }}
        onBlur={() => {
          setTyping(false);
          setPreview(value);
          onBlur();
        }}
        error={error}
        hint={
          shown && failed === shown
            ? 'The picture could not be loaded here (offline, or not a picture); partners load it themselves.'
            : 'Optional. Sent to partners with the item.'
        }
      />
      <div className="item-picture-frame">
        {shown ? (
          <img
            src={shown}
            alt={`Picture of ${itemName || 'the item'}`}
            width={64}
            height={64}
            referrerPolicy="no-referrer"
            decoding="async"
            className={failed === shown ? 'item-picture-failed' : undefined}
            onError={() => setFailed(shown)}
            onLoad={() => setFailed(null)}
          />
        ) : (
          <span className="item-picture-none" aria-hidden="true">
            No picture
          </span>
        )}
      </div>
    </div>
  );
}
