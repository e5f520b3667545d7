import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { exempt, LEAVING_INVALIDATES, type ExemptBody, type LeavingRecord } from '../../api/leaving';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useCommandPlace } from './command-place';
import { PERSON_ALIASES, PersonItem } from './person-item';

type Values = ExemptBody & { personId: string };

/** Miễn sinh hoạt (`/leaving/exemption`): keeps membership, so it needs no confirmation. */
export function ExemptionDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { personId, backTo } = useCommandPlace();
  const [form] = Form.useForm<Values>();

  return (
    <CommandDrawer title={t('leaving.exemption.title')} backTo={backTo}>
      <Alert type="info" showIcon title={t('leaving.exemption.intro')} style={{ marginBottom: 16 }} />
      <CommandForm<Values, LeavingRecord>
        form={form}
        initialValues={{ personId }}
        submit={({ personId: id, from, to, decisionNumber, reason }) => exempt(id, { from, to: to || null, decisionNumber: decisionNumber || undefined, reason: reason || undefined })}
        submitLabel={t('leaving.exemption.submit')}
        successMessage={(r) => t('leaving.exemption.done', { name: r.fullName })}
        invalidate={LEAVING_INVALIDATES}
        fieldAliases={PERSON_ALIASES}
        ruleField="personId"
        onDone={() => navigate(backTo)}
      >
        <PersonItem />
        <DateItem name="from" label={t('leaving.exemption.from')} required />
        <DateItem
          name="to"
          label={t('leaving.exemption.to')}
          notFuture={false}
          extra={t('leaving.exemption.toHelp')}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v?: string) => (v && getFieldValue('from') && v < getFieldValue('from') ? Promise.reject(new Error(t('leaving.exemption.toBeforeFrom'))) : Promise.resolve()),
            }),
          ]}
        />
        <Form.Item name="decisionNumber" label={t('leaving.exemption.decisionNumber')}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="reason" label={t('leaving.exemption.reason')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}
