import { Alert, Descriptions, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../api/members';
import { formatLocalDate } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';

/**
 * The probationary member a command is about (fixed by the address): shown, not chosen. It is a
 * form field (`personId`) so that a refusal about the person (no longer a member, not probationary)
 * appears under them.
 */
export function MemberField({ member, error, onRetry }: { member: MemberDetail | undefined; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="personId" label={t('probation.person.label')}>
      <MemberSummary member={member} error={error} onRetry={onRetry} />
    </Form.Item>
  );
}

function MemberSummary({ member, error, onRetry }: { member: MemberDetail | undefined; error: unknown; onRetry: () => void; value?: string }) {
  const { t } = useTranslation();
  if (error) return <ErrorNotice error={error} onRetry={onRetry} />;
  if (!member) return <Loading />;
  return (
    <>
      <Descriptions
        className="member-summary"
        size="small"
        column={1}
        bordered
        items={[
          { key: 'name', label: t('probation.table.fullName'), children: <strong>{member.fullName}</strong> },
          { key: 'dob', label: t('probation.person.dateOfBirth'), children: formatLocalDate(member.dateOfBirth) },
          { key: 'org', label: t('probation.person.org'), children: member.orgName },
          { key: 'decision', label: t('probation.person.admissionDecisionDate'), children: formatLocalDate(member.admissionDecisionDate) },
          { key: 'ceremony', label: t('probation.person.ceremonyDate'), children: formatLocalDate(member.ceremonyDate) },
          { key: 'status', label: t('probation.person.status'), children: t(`members.status.${member.status}`, { defaultValue: member.status }) },
        ]}
      />
      {member.status !== 'probationary' && <Alert type="warning" showIcon title={t('probation.person.notProbationary')} style={{ marginTop: 8 }} />}
      {member.status === 'probationary' && !member.ceremonyDate && <Alert type="warning" showIcon title={t('probation.person.noCeremony')} style={{ marginTop: 8 }} />}
    </>
  );
}
