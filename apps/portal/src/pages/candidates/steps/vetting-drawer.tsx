import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { recordVetting, type VettingBody } from '../../../api/candidates';
import { CommandForm } from '../../../ui/command-form';
import { DateItem } from '../../../ui/date-item';
import { StepDrawer, STEP_INVALIDATES, useBackToRecord, useCandidate, useNotBefore } from './step-drawer';

/** `/candidates/:id/vetting`: thẩm tra lý lịch, in progress or concluded (by the chi bộ vote at the latest). */
export function VettingDrawer() {
  const { t } = useTranslation();
  const c = useCandidate();
  const back = useBackToRecord();
  const notBefore = useNotBefore();
  const [form] = Form.useForm<VettingBody>();
  const status = Form.useWatch('status', form);
  const concludedOn = t('candidates.form.vetting.concludedOn');
  return (
    <StepDrawer cmd="vetting">
      <CommandForm<VettingBody>
        name="candidate-vetting"
        form={form}
        initialValues={{ status: c.vettingStatus ?? 'concluded', concludedOn: c.vettingConcludedOn ?? undefined }}
        submit={(values) => recordVetting(c.id, { status: values.status, concludedOn: values.status === 'concluded' ? values.concludedOn : null })}
        submitLabel={t('candidates.form.save')}
        successMessage={t('candidates.form.saved')}
        invalidate={STEP_INVALIDATES}
        onDone={back}
      >
        <Form.Item name="status" label={t('candidates.form.vetting.status')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'pending', label: t('candidates.vettingStatus.pending') },
              { value: 'concluded', label: t('candidates.vettingStatus.concluded') },
            ]}
          />
        </Form.Item>
        {status === 'concluded' && (
          <DateItem
            name="concludedOn"
            label={concludedOn}
            required
            extra={t('candidates.form.vetting.concludedOnHint')}
            rules={[notBefore(concludedOn, t('candidates.form.nominate.nominatedOn'), c.nominatedOn)]}
          />
        )}
      </CommandForm>
    </StepDrawer>
  );
}
