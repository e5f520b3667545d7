import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES } from '../../api/members';
import { OrgPicker } from '../../ui/org-picker';

export const MEMBER_FILTER_KEYS = ['q', 'orgId', 'status'] as const;
export type MemberFilters = Partial<Record<(typeof MEMBER_FILTER_KEYS)[number], string>>;

/** Name or citizen ID (sent on Enter or the search button), organization and status (applied at once). */
export function MemberFilterBar({ value, onChange }: { value: MemberFilters; onChange: (next: MemberFilters) => void }) {
  const { t } = useTranslation();
  const set = (patch: MemberFilters) => onChange({ ...value, ...patch });
  const any = Boolean(value.q || value.orgId || value.status);
  return (
    <Form layout="vertical" className="member-filters" role="search" aria-label={t('members.search')} component="div">
      <Form.Item label={t('members.search')} htmlFor="member-q">
        <Input.Search
          // a new address (back button, a link) resets the box to it
          key={value.q ?? ''}
          id="member-q"
          defaultValue={value.q}
          placeholder={t('members.searchPlaceholder')}
          allowClear
          enterButton={t('members.search')}
          maxLength={120}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 300 }}
        />
      </Form.Item>
      <Form.Item label={t('members.org')} htmlFor="member-org">
        <OrgPicker id="member-org" value={value.orgId} onChange={(orgId) => set({ orgId })} placeholder={t('members.orgPlaceholder')} />
      </Form.Item>
      <Form.Item label={t('members.statusFilter')} htmlFor="member-status">
        <Select
          id="member-status"
          value={value.status ?? ''}
          onChange={(status) => set({ status: status || undefined })}
          options={[{ value: '', label: t('members.allStatuses') }, ...MEMBER_STATUSES.map((s) => ({ value: s, label: t(`members.status.${s}`) }))]}
          style={{ width: 210 }}
        />
      </Form.Item>
      {any && (
        <Form.Item label={<span aria-hidden="true">&nbsp;</span>}>
          <Button type="link" onClick={() => onChange({})}>
            {t('members.clearFilters')}
          </Button>
        </Form.Item>
      )}
    </Form>
  );
}
