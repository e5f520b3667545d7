import { Divider, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { correctPerson, type MemberDetail, type PersonCorrectionBody } from '../../api/members';
import { ErrorNotice, Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { ApprovalFields, ReasonField } from './approval-fields';
import { changedValues } from './corrections';
import type { vi } from './messages';
import { IdentityFields } from './person-fields';
import { useMember } from './use-member';

type Changes = NonNullable<PersonCorrectionBody['changes']>;
type PersonField = keyof (typeof vi)['fields'];

const identityOf = (m: MemberDetail): Changes => ({
  fullName: m.fullName,
  dateOfBirth: m.dateOfBirth,
  gender: m.gender,
  citizenId: m.citizenId,
  ethnicity: m.ethnicity,
  religion: m.religion,
  hometown: m.hometown,
});

/** `/members/:id/correct`: đính chính thông tin nhân thân, with the approval decision. */
export function CorrectIdentityDrawer() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const member = useMember(id);
  const [form] = Form.useForm<PersonCorrectionBody>();
  const backTo = `/members/${id}${search}`;
  return (
    <CommandDrawer title={t('memberRecord.correct.title')} backTo={backTo} width={640}>
      <Typography.Paragraph type="secondary">{t('memberRecord.correct.intro')}</Typography.Paragraph>
      {member.isPending && <Loading />}
      {member.isError && <ErrorNotice error={member.error} onRetry={() => void member.refetch()} />}
      {member.data && (
        <CommandForm<PersonCorrectionBody, Awaited<ReturnType<typeof correctPerson>>>
          form={form}
          initialValues={{ changes: identityOf(member.data) }}
          // unchanged fields are not sent: the service refuses a correction that changes nothing
          submit={(values) => correctPerson(id, { ...values, changes: changedValues(identityOf(member.data), values.changes ?? {}) })}
          submitLabel={t('memberRecord.correct.submit')}
          successMessage={(r) => t('memberRecord.correct.done', { fields: r.correction.changed.map((f) => t(`members.fields.${f as PersonField}`)).join(', ') })}
          invalidate={[['members']]}
          onDone={() => navigate(backTo)}
        >
          <Divider titlePlacement="start">{t('memberRecord.correct.changes')}</Divider>
          <Typography.Paragraph type="secondary">{t('memberRecord.correct.changesHint')}</Typography.Paragraph>
          <IdentityFields prefix={['changes']} />
          <ReasonField />
          <ApprovalFields />
        </CommandForm>
      )}
    </CommandDrawer>
  );
}
