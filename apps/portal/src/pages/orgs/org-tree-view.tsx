import { Tag, Tree } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgKindLabel } from '../../i18n/localize';
import { ErrorNotice } from '../../layout/notices';
import { buildTreeData, type TreeNode } from './org-tree';
import { useOrgLevels } from './use-org-levels';

interface Props {
  asOf: string;
  selectedId: string | null;
  /** The selected organization's ancestors, nearest first: opened so the selection is in view. */
  reveal: readonly string[] | undefined;
  onSelect: (id: string) => void;
  height: number;
}

/** Colours by kind, so a đảng bộ and a chi bộ are told apart at a glance (the label says it too). */
const KIND_COLOURS: Record<string, string> = {
  bloc_committee: 'red',
  grassroots_committee: 'blue',
  grassroots_cell: 'green',
  sub_committee: 'geekblue',
  dependent_cell: 'cyan',
  party_group: 'default',
};

/**
 * The tree on a date, opened level by level (each level read when opened), the selection opened
 * to and scrolled into view. antd's Tree gives the keyboard (arrows, Enter) and the tree roles.
 */
export function OrgTreeView({ asOf, selectedId, reveal, onSelect, height }: Props) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const [expanded, setExpanded] = useState<string[]>([]);
  const { levels, top, load } = useOrgLevels(asOf, expanded);
  const treeData = useMemo(() => buildTreeData(levels), [levels]);
  const box = useRef<HTMLDivElement | null>(null);
  const roots = levels.get(null);

  // the bloc opens by itself: its grassroots organizations are where the work is
  useEffect(() => {
    if (roots?.length === 1) setExpanded((e) => (e.includes(roots[0].id) ? e : [...e, roots[0].id]));
  }, [roots]);

  // open the way to the selection once per selection (the reader may close it afterwards)
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || !reveal || revealed.current === selectedId) return;
    revealed.current = selectedId;
    setExpanded((e) => [...new Set([...e, ...reveal])]);
  }, [selectedId, reveal]);
  // then scroll to it, once, when its level has been read
  const scrolled = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || scrolled.current === selectedId || !hasKey(treeData, selectedId)) return;
    scrolled.current = selectedId;
    // the box scrolls, not the page: the detail beside it stays where the reader looks
    setTimeout(() => {
      const el = box.current?.querySelector<HTMLElement>(`[data-org-id="${selectedId}"]`);
      if (box.current && el) box.current.scrollTop = el.getBoundingClientRect().top - box.current.getBoundingClientRect().top + box.current.scrollTop - box.current.clientHeight / 3;
    }, 0);
  }, [treeData, selectedId]);

  if (top.isError) return <ErrorNotice error={top.error} onRetry={() => void top.refetch()} />;
  if (roots && roots.length === 0) return <p className="orgs-empty">{t('orgs.empty')}</p>;

  return (
    // not virtual: rows of two lines (long names) confuse its estimates, and a level is at most a
    // few hundred rows; the box scrolls instead
    <div ref={box} className="orgs-tree-box" style={{ maxHeight: height }}>
    <Tree<TreeNode>
      aria-label={t('orgs.treeTitle')}
      className="orgs-tree"
      treeData={treeData}
      virtual={false}
      blockNode
      showLine={{ showLeafIcon: false }}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys.map(String))}
      loadData={(node) => load(String(node.key))}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys, info) => onSelect(String(info.node.key))}
      titleRender={(node) => (
        <span className="orgs-tree-node" data-org-id={node.key}>
          <span className="orgs-tree-name">{node.org.name}</span>
          <Tag color={KIND_COLOURS[node.org.kind]} variant="outlined" className="orgs-kind-tag">
            {kindLabel(node.org.kind)}
          </Tag>
        </span>
      )}
    />
    </div>
  );
}

function hasKey(nodes: readonly TreeNode[], key: string): boolean {
  return nodes.some((n) => n.key === key || (n.children !== undefined && hasKey(n.children, key)));
}
