import type { ReactNode } from 'react';

/**
 * A page of the portal: its title and a line saying what it is for, its actions on the right,
 * then its content. The heading names the page for screen readers.
 */
export function Page({ id, title, intro, actions, children }: { id: string; title: ReactNode; intro: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <div className="page-header">
        <div>
          <h1 id={`${id}-title`}>{title}</h1>
          <p className="muted">{intro}</p>
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
