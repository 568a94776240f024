import { useId } from 'react';
import type { MenuCategory } from '../../../../shared/domain/menu';
import { FieldError } from '../../components/field-error';

interface CategorySelectProps {
  categories: readonly MenuCategory[];
  value: string;
  onChange: (categoryId: string) => void;
  error: string | undefined;
}

/** Which category of its menu the item is listed under; changing it moves the item there. */
export function CategorySelect({ categories, value, onChange, error }: CategorySelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Category
      </label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
