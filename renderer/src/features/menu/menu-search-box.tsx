import { useId } from 'react';

interface MenuSearchBoxProps {
  query: string;
  onQuery: (query: string) => void;
  /** "3 items found in 2 menus", announced politely as the list filters. */
  resultText: string | null;
}

/** Finds items in every menu by name or description as you type; Escape clears it. */
export function MenuSearchBox({ query, onQuery, resultText }: MenuSearchBoxProps) {
  const id = useId();
  return (
    <div className="menu-search">
      <label htmlFor={id} className="visually-hidden">
        Search all menus
      </label>
      <input
        id={id}
        type="search"
        className="input menu-search-input"
        placeholder="Search all menus by name or description"
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-result`}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query !== '') {
            event.preventDefault();
            onQuery('');
          }
        }}
      />
      <span id={`${id}-result`} role="status" className="menu-search-result">
        {resultText}
      </span>
    </div>
  );
}
