import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgView } from '../../api/orgs';
import { useOrgKindLabel } from '../../i18n/localize';
import { parentIds, type OrgNode } from './org-tree';

interface Props {
  roots: OrgNode[];
  items: readonly OrgView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The tree as nested lists; the roots start open, every other level closed. */
export function OrgTreeView({ roots, items, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(roots.map((r) => r.org.id)));
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <div className="button-row">
        <button type="button" className="button button-secondary button-small" onClick={() => setOpen(new Set(parentIds(items)))}>
          {t('orgs.expandAll')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setOpen(new Set())}>
          {t('orgs.collapseAll')}
        </button>
      </div>
      <ul className="tree">
        {roots.map((node) => (
          <TreeItem key={node.org.id} node={node} open={open} toggle={toggle} selectedId={selectedId} onSelect={onSelect} />
        ))}
      </ul>
    </>
  );
}

function TreeItem({
  node,
  open,
  toggle,
  selectedId,
  onSelect,
}: {
  node: OrgNode;
  open: ReadonlySet<string>;
  toggle: (id: string) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const { org, children } = node;
  const expanded = open.has(org.id);
  return (
    <li>
      <div className={org.id === selectedId ? 'tree-row selected' : 'tree-row'}>
        {children.length > 0 ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={expanded}
            aria-label={t(expanded ? 'orgs.collapse' : 'orgs.expand', { name: org.name })}
            onClick={() => toggle(org.id)}
          >
            {expanded ? '▾' : '▸'}
          </button>
        ) : (
          <span className="tree-toggle" aria-hidden="true" />
        )}
        <button type="button" className="tree-name" aria-current={org.id === selectedId || undefined} onClick={() => onSelect(org.id)}>
          {org.name}
        </button>
        <span className={org.grassroots ? 'kind-tag kind-grassroots' : 'kind-tag'}>{kindLabel(org.kind)}</span>
      </div>
      {expanded && children.length > 0 && (
        <ul>
          {children.map((child) => (
            <TreeItem key={child.org.id} node={child} open={open} toggle={toggle} selectedId={selectedId} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}
