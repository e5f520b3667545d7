import { Card, Descriptions, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../api/members';
import { formatLocalDate } from '../../format';
import { MemberStatusTag } from './member-status-tag';
import { useCodeLists } from './use-code-lists';

const DASH = '—';

/** Every personal field of the record, empty ones shown as "—" so nothing looks forgotten. */
export function MemberFacts({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const { label } = useCodeLists();
  const f = (key: Parameters<typeof fieldKey>[0]) => t(fieldKey(key));
  const item = (key: string, title: string, value: ReactNode) => ({ key, label: title, children: value || DASH });
  const items: DescriptionsProps['items'] = [
    item('fullName', f('fullName'), member.fullName),
    item('dateOfBirth', f('dateOfBirth'), formatLocalDate(member.dateOfBirth)),
    item('gender', f('gender'), label('gender', member.gender)),
    item('citizenId', f('citizenId'), member.citizenId),
    item('ethnicity', f('ethnicity'), label('ethnicity', member.ethnicity)),
    item('religion', f('religion'), label('religion', member.religion)),
    item('hometown', f('hometown'), member.hometown),
    item('generalEducation', f('generalEducation'), label('generalEducation', member.generalEducation)),
    item('professionalEducation', f('professionalEducation'), label('professionalEducation', member.professionalEducation)),
    item('theoryLevel', f('theoryLevel'), label('theoryLevel', member.theoryLevel)),
    item('occupation', f('occupation'), member.occupation),
    item('position', f('position'), member.position),
    item('status', t('memberRecord.facts.status'), <MemberStatusTag status={member.status} />),
    item('org', t('memberRecord.facts.org'), member.orgName),
    item('admissionDecisionDate', t('members.columns.admissionDecisionDate'), formatLocalDate(member.admissionDecisionDate)),
    item('admissionDecisionNumber', f('admissionDecisionNumber'), member.admissionDecisionNumber),
    item('ceremonyDate', f('ceremonyDate'), formatLocalDate(member.ceremonyDate)),
    item('officialDate', f('officialDate'), formatLocalDate(member.officialDate)),
  ];
  if (member.candidate) {
    items.push(item('candidate', t('memberRecord.facts.candidate'), t('memberRecord.facts.candidateValue', { date: formatLocalDate(member.candidate.nominatedOn) })));
  }
  return (
    <Card title={<h2 className="card-heading">{t('memberRecord.facts.title')}</h2>} size="small">
      <Descriptions size="small" layout="vertical" colon={false} column={{ xs: 1, sm: 2, md: 3, lg: 3, xl: 3, xxl: 4 }} items={items} />
    </Card>
  );
}

type FieldKey = 'fullName' | 'dateOfBirth' | 'gender' | 'citizenId' | 'ethnicity' | 'religion' | 'hometown' | 'generalEducation' | 'professionalEducation' | 'theoryLevel' | 'occupation' | 'position' | 'admissionDecisionDate' | 'admissionDecisionNumber' | 'ceremonyDate' | 'officialDate';
function fieldKey(key: FieldKey) {
  return `members.fields.${key}` as const;
}
