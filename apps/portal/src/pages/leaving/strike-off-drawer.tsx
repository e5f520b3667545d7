import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { fetchStrikeOffReasons, LEAVING_INVALIDATES, strikeOff, type StrikeOffBody, type LeavingRecord } from '../../api/leaving';
import { useLocalize } from '../../i18n/localize';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useCommandPlace } from './command-place';
import { PERSON_ALIASES, PersonItem, useChosenName } from './person-item';

type Values = StrikeOffBody & { personId: string };

/** Xóa tên (`/leaving/strike-off`): the reason from the service's code list; asks before ending membership. */
export function StrikeOffDrawer() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const navigate = useNavigate();
  const { personId, backTo } = useCommandPlace();
  const [form] = Form.useForm<Values>();
  const reasons = useQuery({ queryKey: ['leaving', 'strike-off-reasons'], queryFn: ({ signal }) => fetchStrikeOffReasons(signal), staleTime: Infinity });
  const reason = Form.useWatch('reason', form);
  const name = useChosenName(form);

  return (
    <CommandDrawer title={t('leaving.strikeOff.title')} backTo={backTo}>
      <Alert type="info" showIcon title={t('leaving.strikeOff.intro')} style={{ marginBottom: 16 }} />
      {reasons.isError && <Alert type="error" showIcon role="alert" title={t('leaving.strikeOff.reasonsFailed')} style={{ marginBottom: 16 }} />}
      <CommandForm<Values, LeavingRecord>
        form={form}
        initialValues={{ personId }}
        submit={({ personId: id, decisionDate, decisionNumber, reason: code, note }) => strikeOff(id, { decisionDate, decisionNumber, reason: code, note: code === 'other' ? note : undefined })}
        submitLabel={t('leaving.strikeOff.submit')}
        confirm={{ title: t('leaving.strikeOff.confirmTitle', { name }), description: t('leaving.strikeOff.confirmText') }}
        successMessage={(r) => t('leaving.strikeOff.done', { name: r.fullName })}
        invalidate={LEAVING_INVALIDATES}
        fieldAliases={PERSON_ALIASES}
        ruleField="personId"
        onDone={() => navigate(backTo)}
      >
        <PersonItem />
        <Form.Item name="reason" label={t('leaving.strikeOff.reason')} rules={[{ required: true, message: t('leaving.strikeOff.reasonRequired') }]}>
          <Select loading={reasons.isPending} options={(reasons.data ?? []).map((r) => ({ value: r.code, label: localize(r) }))} popupMatchSelectWidth={false} />
        </Form.Item>
        {reason === 'other' && (
          <Form.Item name="note" label={t('leaving.strikeOff.note')} rules={[{ required: true, whitespace: true, message: t('leaving.strikeOff.noteRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        )}
        <DateItem name="decisionDate" label={t('leaving.decisionDate')} required />
        <Form.Item name="decisionNumber" label={t('leaving.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('leaving.decisionNumberRequired') }]}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}
