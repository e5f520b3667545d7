import { useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchOrg, fetchOrgLevel, searchOrgs, type OrgView } from '../api/orgs';
import { useOrgKindLabel } from '../i18n/localize';
import { useDebounced } from './use-debounced';

interface Node {
  id: string;
  pId?: string;
  value: string;
  title: string;
  isLeaf: boolean;
}

const LEAF_KINDS = new Set(['party_group']);
const toNode = (o: OrgView, flat = false): Node => ({
  id: o.id,
  pId: flat ? undefined : (o.parentId ?? undefined),
  value: o.id,
  title: o.name,
  isLeaf: flat || LEAF_KINDS.has(o.kind),
});

/**
 * Choosing an organization among hundreds: a tree opened level by level (each level read when
 * it is opened), and a search by name that ignores accents ("chi bo xay lap"). Never a flat
 * list of the whole bloc, and never the whole list downloaded.
 */
export function OrgPicker({
  value,
  onChange,
  placeholder,
  allowClear = true,
  id,
  disabled,
  status,
  'aria-label': ariaLabel,
}: {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  disabled?: boolean;
  status?: 'error' | 'warning';
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const [levels, setLevels] = useState<Record<string, Node[]>>({});

  const roots = useQuery({ queryKey: ['orgs', 'level', null], queryFn: ({ signal }) => fetchOrgLevel(null, signal), staleTime: 60_000 });
  const found = useQuery({ queryKey: ['orgs', 'search', q], queryFn: ({ signal }) => searchOrgs(q, signal), enabled: q.length >= 2, staleTime: 30_000 });
  const known = useMemo(() => [...(roots.data ?? []).map((o) => toNode(o)), ...Object.values(levels).flat()], [roots.data, levels]);
  const selectedKnown = !value || known.some((n) => n.value === value);
  const selected = useQuery({ queryKey: ['orgs', 'one', value], queryFn: ({ signal }) => fetchOrg(value as string, undefined, signal), enabled: !selectedKnown, staleTime: 60_000 });

  const treeData: Node[] = useMemo(() => {
    if (q.length >= 2) {
      return (found.data?.items ?? []).map((o) => ({ ...toNode(o, true), title: `${o.name} · ${kindLabel(o.kind)}` }));
    }
    const nodes = [...known];
    if (value && !selectedKnown && selected.data) nodes.push({ id: value, value, title: selected.data.name, isLeaf: true });
    return nodes;
  }, [q, found.data, known, value, selectedKnown, selected.data, kindLabel]);

  async function loadLevel(node: { id?: string | number; value?: string | number }) {
    const parentId = String(node.value ?? node.id);
    if (levels[parentId]) return;
    const children = await queryClient.fetchQuery({ queryKey: ['orgs', 'level', parentId], queryFn: ({ signal }) => fetchOrgLevel(parentId, signal), staleTime: 60_000 });
    setLevels((current) => ({ ...current, [parentId]: children.map((o) => toNode(o)) }));
  }

  return (
    <TreeSelect
      id={id}
      aria-label={ariaLabel}
      status={status}
      disabled={disabled}
      style={{ width: '100%', minWidth: 240 }}
      value={value ?? undefined}
      onChange={(v) => onChange?.((v as string | undefined) ?? undefined)}
      treeDataSimpleMode
      treeData={treeData}
      loadData={q.length >= 2 ? undefined : loadLevel}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false, autoClearSearchValue: true }}
      placeholder={placeholder ?? t('ui.orgPicker.placeholder')}
      allowClear={allowClear}
      loading={roots.isPending || found.isFetching}
      notFoundContent={q.length >= 2 && !found.isFetching ? t('ui.orgPicker.none') : undefined}
      treeDefaultExpandedKeys={roots.data?.map((o) => o.id)}
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
