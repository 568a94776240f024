import type { MenuCategory } from '../../../../shared/domain/menu';
import { FieldFrame } from '../../components/field-frame';

interface CategorySelectProps {
  categories: readonly MenuCategory[];
  value: string;
  onChange: (categoryId: string) => void;
  error: string | undefined;
}

/** Which category of its menu the item is listed under; changing it moves the item there. */
export function CategorySelect({ categories, value, onChange, error }: CategorySelectProps) {
  return (
    <FieldFrame label="Category" error={error}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        >
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
