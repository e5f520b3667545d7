import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { PROBATION_INVALIDATES, removeFromProbation, type RemoveBody } from '../../api/probation';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { MemberField } from './member-field';
import { useMember } from './use-member';

type Values = RemoveBody & { personId: string };

/** Xóa tên khỏi danh sách đảng viên dự bị (`/probation/:personId/remove`): ends membership, so it asks first. */
export function RemoveDrawer() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const member = useMember(personId);
  const backTo = `/probation${search}`;
  const name = member.data?.fullName ?? '';

  return (
    <CommandDrawer title={t('probation.remove.title')} backTo={backTo}>
      <Alert type="warning" showIcon title={t('probation.remove.intro')} style={{ marginBottom: 16 }} />
      <CommandForm<Values>
        form={form}
        initialValues={{ personId }}
        submit={({ meetingDate, decisionDate, decisionNumber, reason }) => removeFromProbation(personId, { meetingDate: meetingDate || null, decisionDate, decisionNumber, reason })}
        submitLabel={t('probation.remove.submit')}
        confirm={{ title: t('probation.remove.confirmTitle', { name }), description: t('probation.remove.confirmText') }}
        successMessage={t('probation.remove.done', { name })}
        invalidate={PROBATION_INVALIDATES}
        onDone={() => navigate(backTo)}
      >
        <MemberField member={member.data} error={member.error} onRetry={() => void member.refetch()} />
        <DateItem name="meetingDate" label={t('probation.remove.meetingDate')} />
        <DateItem name="decisionDate" label={t('probation.remove.decisionDate')} required />
        <Form.Item name="decisionNumber" label={t('probation.remove.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('probation.remove.decisionNumberRequired') }]}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="reason" label={t('probation.remove.reason')} rules={[{ required: true, whitespace: true, message: t('probation.remove.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}
