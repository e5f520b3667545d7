import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES, type MembershipStatus } from '../../api/members';
import type { OrgView } from '../../api/orgs';

export interface MemberFilterValues {
  q: string;
  orgId: string;
  status: MembershipStatus | '';
}

/** Search text (sent on submit), organization and status (applied at once). */
export function MemberFilters({ value, orgs, onChange }: { value: MemberFilterValues; orgs: OrgView[]; onChange: (value: MemberFilterValues) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...value, q: q.trim() });
  };
  return (
    <form className="toolbar" role="search" onSubmit={submit}>
      <div className="field field-inline">
        <label htmlFor="member-q">{t('members.search')}</label>
        <input id="member-q" type="search" value={q} placeholder={t('members.searchPlaceholder')} onChange={(e) => setQ(e.target.value)} maxLength={120} />
      </div>
      {orgs.length > 0 && (
        <div className="field field-inline">
          <label htmlFor="member-org">{t('members.org')}</label>
          <select id="member-org" value={value.orgId} onChange={(e) => onChange({ ...value, q: q.trim(), orgId: e.target.value })}>
            <option value="">{t('members.allOrgs')}</option>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field field-inline">
        <label htmlFor="member-status">{t('members.statusFilter')}</label>
        <select
          id="member-status"
          value={value.status}
          onChange={(e) => onChange({ ...value, q: q.trim(), status: e.target.value as MembershipStatus | '' })}
        >
          <option value="">{t('members.allStatuses')}</option>
          {MEMBER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`members.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-primary">
        {t('members.submit')}
      </button>
    </form>
  );
}
