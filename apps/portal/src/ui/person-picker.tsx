import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchMember, fetchMembers, type MembershipStatus, type MemberSummary } from '../api/members';
import { formatLocalDate } from '../format';
import { useDebounced } from './use-debounced';

/**
 * Choosing a person by name (accents and case ignored) or the start of a citizen ID, among those
 * the user may see, optionally one status only (probationary members for a conversion). Each
 * option shows the date of birth, so two people of one name can be told apart.
 */
export function PersonPicker({
  value,
  onChange,
  status,
  orgId,
  placeholder,
  id,
  disabled,
  'aria-label': ariaLabel,
}: {
  value?: string | null;
  onChange?: (id: string | undefined, person?: MemberSummary) => void;
  status?: MembershipStatus;
  orgId?: string;
  placeholder?: string;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const query = { q: q || undefined, status, orgId, pageSize: 20, page: 1 };
  const found = useQuery({ queryKey: ['members', 'list', query], queryFn: ({ signal }) => fetchMembers(query, signal), enabled: q.length >= 2, staleTime: 15_000 });
  const items = useMemo(() => found.data?.items ?? [], [found.data]);
  const known = !value || items.some((p) => p.id === value);
  const selected = useQuery({ queryKey: ['members', 'one', value], queryFn: ({ signal }) => fetchMember(value as string, signal), enabled: !known, staleTime: 60_000 });

  const options = items.map((p) => ({ value: p.id, label: `${p.fullName} (${formatLocalDate(p.dateOfBirth)})`, person: p }));
  if (value && !known && selected.data) options.unshift({ value, label: `${selected.data.fullName} (${formatLocalDate(selected.data.dateOfBirth)})`, person: undefined as unknown as MemberSummary });

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      disabled={disabled}
      style={{ width: '100%', minWidth: 240 }}
      value={value ?? undefined}
      showSearch={{ searchValue: search, onSearch: setSearch, filterOption: false }}
      onChange={(v, option) => onChange?.(v ?? undefined, (option as { person?: MemberSummary } | undefined)?.person)}
      options={options}
      allowClear
      loading={found.isFetching}
      placeholder={placeholder ?? t('ui.personPicker.placeholder')}
      notFoundContent={q.length < 2 ? t('ui.personPicker.typeMore') : found.isFetching ? t('common.loading') : t('ui.personPicker.none')}
    />
  );
}
