import { useQuery } from '@tanstack/react-query';
import { Form, Radio, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASES_KEY, fetchCases, type DecideBody } from '../../api/discipline';
import { fetchMember } from '../../api/members';
import { formatLocalDate } from '../../format';
import { OrgPicker } from '../../ui/org-picker';
import { PersonPicker } from '../../ui/person-picker';
import type { FormSubject } from './penalties';

/**
 * Who a discipline is about, as the form sees them: a member (probationary or not, by the
 * records today) or an organization. The member's status is read with their record (the same
 * cached read the person picker makes).
 */
export function useFormSubject(form: FormInstance<DecideBody>): { subject: FormSubject; personId: string | undefined } {
  const kind = Form.useWatch('subject', form) ?? 'member';
  const personId = (Form.useWatch('personId', form) as string | null | undefined) ?? undefined;
  const member = useQuery({ queryKey: ['members', 'one', personId], queryFn: ({ signal }) => fetchMember(personId as string, signal), enabled: kind === 'member' && Boolean(personId), staleTime: 60_000 });
  if (kind === 'organization') return { subject: 'organization', personId: undefined };
  return { subject: member.data?.status === 'probationary' ? 'probationary' : 'member', personId };
}

/** The subject's fields: member or organization, then the person (and the case it concludes) or the organization. */
export function SubjectFields({ subject, personId }: { subject: FormSubject; personId: string | undefined }) {
  const { t } = useTranslation();
  const cases = useQuery({
    queryKey: [...CASES_KEY, { personId, pageSize: 200 }],
    queryFn: ({ signal }) => fetchCases({ personId, page: 1, pageSize: 200, sort: 'openedOn', order: 'desc' }, signal),
    enabled: Boolean(personId),
  });
  return (
    <>
      <Form.Item name="subject" label={t('discipline.decide.subject')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'member', label: t('discipline.subject.member') },
            { value: 'organization', label: t('discipline.subject.organization') },
          ]}
        />
      </Form.Item>
      {subject === 'organization' ? (
        <Form.Item name="orgId" label={t('discipline.decide.org')} extra={t('discipline.decide.orgHint')} rules={[{ required: true, message: t('discipline.decide.orgRequired') }]}>
          <OrgPicker />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="personId"
            label={t('discipline.decide.person')}
            extra={subject === 'probationary' ? t('discipline.decide.probationaryHint') : personId ? t('discipline.decide.officialHint') : undefined}
            rules={[{ required: true, message: t('discipline.decide.personRequired') }]}
          >
            <PersonPicker />
          </Form.Item>
          {personId && (cases.data?.items.length ?? 0) > 0 && (
            <Form.Item name="caseId" label={t('discipline.decide.caseId')}>
              <Select
                allowClear
                placeholder={t('discipline.decide.caseNone')}
                options={(cases.data?.items ?? []).map((c) => ({
                  value: c.id,
                  label: t('discipline.decide.caseOption', { decision: c.decisionNumber, date: formatLocalDate(c.openedOn), status: t(`discipline.caseStatus.${c.status}`) }),
                }))}
              />
            </Form.Item>
          )}
        </>
      )}
    </>
  );
}
