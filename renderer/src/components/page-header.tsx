import type { ReactNode } from 'react';
import './page.css';

interface PageHeaderProps {
  title: string;
  /** Breadcrumb-like context, e.g. "Integration Hub". */
  section?: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Screens with side-by-side panes (Menu, Orders) use the wider content column. */
  wide?: boolean;
}

export function PageHeader({ title, section, description, actions, wide = false }: PageHeaderProps) {
  return (
    <header className={`page-header${wide ? ' page-wide' : ''}`}>
      <div className="page-header-text">
        {section ? <p className="page-section">{section}</p> : null}
        <h1 className="page-title">{title}</h1>
        {description ? <p className="page-description">{description}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}
