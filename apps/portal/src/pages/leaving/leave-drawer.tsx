import { Alert, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { allowToLeave, LEAVING_INVALIDATES, type LeaveBody, type LeavingRecord } from '../../api/leaving';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useCommandPlace } from './command-place';
import { PERSON_ALIASES, PersonItem, useChosenName } from './person-item';

type Values = LeaveBody & { personId: string };

/**
 * Cho ra khỏi Đảng (`/leaving/leave`). The chi bộ states its conclusion on violations; the service
 * also checks the Inspection Committee's facts and names each reason under the person.
 */
export function LeaveDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { personId, backTo } = useCommandPlace();
  const [form] = Form.useForm<Values>();
  const name = useChosenName(form);

  return (
    <CommandDrawer title={t('leaving.leave.title')} backTo={backTo}>
      <Alert type="info" showIcon title={t('leaving.leave.intro')} style={{ marginBottom: 16 }} />
      <CommandForm<Values, LeavingRecord>
        form={form}
        initialValues={{ personId }}
        submit={({ personId: id, decisionDate, decisionNumber, hasViolations, reason }) => allowToLeave(id, { decisionDate, decisionNumber, hasViolations, reason: reason || undefined })}
        submitLabel={t('leaving.leave.submit')}
        confirm={{ title: t('leaving.leave.confirmTitle', { name }), description: t('leaving.leave.confirmText') }}
        successMessage={(r) => t('leaving.leave.done', { name: r.fullName })}
        invalidate={LEAVING_INVALIDATES}
        fieldAliases={PERSON_ALIASES}
        ruleField="personId"
        onDone={() => navigate(backTo)}
      >
        <PersonItem />
        <Form.Item name="hasViolations" label={t('leaving.leave.hasViolations')} rules={[{ required: true, message: t('leaving.leave.hasViolationsRequired') }]}>
          <Radio.Group
            options={[
              { value: false, label: t('leaving.leave.noViolations') },
              { value: true, label: t('leaving.leave.violations') },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('leaving.leave.reason')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <DateItem name="decisionDate" label={t('leaving.decisionDate')} required />
        <Form.Item name="decisionNumber" label={t('leaving.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('leaving.decisionNumberRequired') }]}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}
