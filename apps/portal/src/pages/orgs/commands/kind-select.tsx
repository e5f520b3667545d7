import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchOrg, type OrgKind } from '../../../api/orgs';
import { useOrgKindLabel } from '../../../i18n/localize';
import { childKinds } from '../org-kinds';

/** The kind of the parent chosen in the form (undefined while none or not read yet). */
export function useParentKind(parentId: string | undefined | null): OrgKind | undefined {
  const parent = useQuery({ queryKey: ['orgs', 'one', parentId], queryFn: ({ signal }) => fetchOrg(parentId as string, undefined, signal), enabled: Boolean(parentId), staleTime: 60_000 });
  return parentId ? parent.data?.kind : undefined;
}

/**
 * The kind of a new organization, among those its parent may hold (a chi bộ trực thuộc only under
 * a đảng bộ…); the only one allowed is chosen by itself, and one no longer allowed is cleared.
 * `path` is the field's whole path when `name` is relative to a Form.List.
 */
export function KindItem({ name, path = name, parentKind, label }: { name: NamePath; path?: NamePath; parentKind: OrgKind | undefined; label?: string }) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const form = Form.useFormInstance();
  const kinds = parentKind ? childKinds(parentKind) : [];
  const current = Form.useWatch(path, form) as OrgKind | undefined;
  useEffect(() => {
    if (!parentKind) return;
    if (kinds.length === 1 && current !== kinds[0]) form.setFieldValue(path, kinds[0]);
    else if (current && !kinds.includes(current)) form.setFieldValue(path, undefined);
    // `kinds` follows `parentKind`
  }, [parentKind, current]);
  return (
    <Form.Item
      name={name}
      label={label ?? t('orgActions.fields.kind')}
      rules={[{ required: true, message: t('orgActions.fields.kindRequired') }]}
      extra={parentKind ? (kinds.length ? t('orgActions.fields.kindHelp') : t('orgActions.fields.kindNone')) : t('orgActions.fields.chooseParentFirst')}
    >
      <Select disabled={!parentKind || kinds.length === 0} options={kinds.map((k) => ({ value: k, label: kindLabel(k) }))} placeholder={t('orgActions.fields.kindRequired')} />
    </Form.Item>
  );
}
