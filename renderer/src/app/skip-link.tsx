import './skip-link.css';

/**
 * The first stop of the Tab key: jumps past the navigation to the screen.
 * Routes live in the URL's hash, so a plain `#id` link would navigate; it moves
 * focus itself instead (the target needs `tabIndex={-1}`).
 */
export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      Skip to content
    </a>
  );
}
