import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { NavLink, useLocation } from 'react-router';
import './side-nav.css';

interface NavEntry {
  to: string;
  label: string;
}

/** Every screen of the brief, grouped the way the seed's Back Office does (Home › Integration Hub). */
const hubEntries: NavEntry[] = [
  { to: '/hub/dashboard', label: 'Dashboard' },
  { to: '/hub/order-webhooks', label: 'Order Webhooks' },
  { to: '/hub/partners', label: 'Partners' },
  { to: '/hub/events', label: 'Event Catalog' },
  { to: '/hub/inbox', label: 'Test Inbox' },
  { to: '/settings', label: 'Settings' },
];

const backOfficeEntries: NavEntry[] = [
  { to: '/menu', label: 'Menu' },
  { to: '/menu/hours', label: 'Menu Hours' },
  { to: '/store', label: 'Store' },
  { to: '/orders', label: 'Orders' },
  { to: '/deliveries', label: 'Deliveries' },
];

function NavGroup({ heading, entries }: { heading: string; entries: NavEntry[] }) {
  const headingId = `nav-${heading.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <div className="nav-group">
      <h2 id={headingId} className="nav-heading">
        {heading}
      </h2>
      <ul aria-labelledby={headingId}>
        {entries.map((entry) => (
          <li key={entry.to}>
            {/* `end`: Menu is not also "current" on Menu Hours (/menu/hours). */}
            <NavLink to={entry.to} end className="nav-link">
              {entry.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The list of screens. In a narrow window (1024 px, or 200 % zoom) it folds into a
 * rail with one Navigation button that opens the list over the screen (#9): a
 * disclosure, so Tab walks from the button into the links; Escape, a click
 * elsewhere, leaving it with Tab or choosing a screen folds it again.
 */
export function SideNav() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const navRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const [shownPath, setShownPath] = useState(pathname);
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      // The list is what Escape closes here, not what the screen behind it has open.
      event.stopPropagation();
      setOpen(false);
      toggleRef.current?.focus();
    };
    const onPointer = (event: PointerEvent): void => {
      if (!(event.target instanceof Node) || !navRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const onBlur = (event: FocusEvent<HTMLElement>): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) setOpen(false);
  };

  return (
    <nav ref={navRef} className={`side-nav${open ? ' is-open' : ''}`} aria-label="Main" onBlur={onBlur}>
      <div className="nav-top">
        <button
          ref={toggleRef}
          type="button"
          className="nav-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          <span className="visually-hidden">Navigation</span>
        </button>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            IH
          </span>
          <span className="brand-name">Back Office</span>
        </div>
      </div>
      <div id={panelId} className="nav-panel">
        <NavGroup heading="Integration Hub" entries={hubEntries} />
        <NavGroup heading="Back Office" entries={backOfficeEntries} />
      </div>
    </nav>
  );
}
