import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MemberSummary } from '../../api/members';
import { formatLocalDate } from '../../format';
import type { DataColumn } from '../../ui/data-table';
import { MemberStatusTag } from './member-status-tag';
import type { vi } from './messages';
import { useCodeLists } from './use-code-lists';

/**
 * The member list's columns: name, birth date, organization and status by default; citizen ID,
 * gender, ethnicity, dates of joining, education… when the reader chooses them. The name links
 * to the full record, keeping the list's address so "back" returns to the same view.
 */
export function useMemberColumns(listSearch: string): DataColumn<MemberSummary>[] {
  const { t } = useTranslation();
  const { label } = useCodeLists();
  const title = (key: keyof (typeof vi)['columns']) => t(`members.columns.${key}`);
  return [
    {
      key: 'fullName',
      title: title('fullName'),
      sortKey: 'fullName',
      value: (m) => m.fullName,
      render: (m) => (
        <Link to={`/members/${m.id}`} state={{ listSearch }}>
          {m.fullName}
        </Link>
      ),
    },
    { key: 'dateOfBirth', title: title('dateOfBirth'), sortKey: 'dateOfBirth', value: (m) => m.dateOfBirth },
    { key: 'citizenId', title: title('citizenId'), optional: true, value: (m) => m.citizenId },
    { key: 'gender', title: title('gender'), optional: true, value: (m) => label('gender', m.gender) },
    { key: 'ethnicity', title: title('ethnicity'), optional: true, value: (m) => label('ethnicity', m.ethnicity) },
    { key: 'religion', title: title('religion'), optional: true, value: (m) => label('religion', m.religion) },
    { key: 'hometown', title: title('hometown'), optional: true, value: (m) => m.hometown },
    {
      key: 'org',
      title: title('org'),
      value: (m) => m.orgName,
      render: (m) => (
        <>
          {m.orgName}
          {m.handedOver && (
            <Typography.Text type="secondary" className="small" style={{ display: 'block' }}>
              {t('members.handedOver', { date: formatLocalDate(m.handedOver.on), committee: m.handedOver.toCommittee })}
            </Typography.Text>
          )}
        </>
      ),
    },
    { key: 'status', title: title('status'), value: (m) => t(`members.status.${m.status}`), render: (m) => <MemberStatusTag status={m.status} /> },
    { key: 'admissionDecisionDate', title: title('admissionDecisionDate'), sortKey: 'admissionDecisionDate', optional: true, value: (m) => m.admissionDecisionDate },
    { key: 'officialDate', title: title('officialDate'), optional: true, value: (m) => m.officialDate },
    { key: 'generalEducation', title: title('generalEducation'), optional: true, value: (m) => label('generalEducation', m.generalEducation) },
    { key: 'professionalEducation', title: title('professionalEducation'), optional: true, value: (m) => label('professionalEducation', m.professionalEducation) },
    { key: 'theoryLevel', title: title('theoryLevel'), optional: true, value: (m) => label('theoryLevel', m.theoryLevel) },
    { key: 'occupation', title: title('occupation'), optional: true, value: (m) => m.occupation },
    { key: 'position', title: title('position'), optional: true, value: (m) => m.position },
  ];
}
