import { NavLink } from 'react-router';
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
  { to: '/hub/inbox', label: 'Test Inbox' },
  { to: '/hub/settings', label: 'Settings' },
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

export function SideNav() {
  return (
    <nav className="side-nav" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          IH
        </span>
        <span className="brand-name">Back Office</span>
      </div>
      <NavGroup heading="Integration Hub" entries={hubEntries} />
      <NavGroup heading="Back Office" entries={backOfficeEntries} />
    </nav>
  );
}
