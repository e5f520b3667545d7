import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { admitCandidate, type AdmitAnswer, type AdmitBody } from '../../../api/candidates';
import { CommandForm } from '../../../ui/command-form';
import { DateItem } from '../../../ui/date-item';
import { StepDrawer, STEP_INVALIDATES, useBackToRecord, useCandidate, useNotBefore } from './step-drawer';

type Values = Omit<AdmitBody, 'candidateId'>;

/**
 * Where the admission's refusals go: every condition is judged on the vote date (age in months,
 * the certificate, the vetting, the introducers, the vote), so they sit under it; education under
 * the exception that can lift it.
 */
const REFUSAL_FIELDS = {
  'person.dateOfBirth': 'voteDate',
  'candidate.introducers': 'voteDate',
  'candidate.resolution': 'voteDate',
  'candidate.vetting': 'voteDate',
  certificate: 'voteDate',
  'person.generalEducation': 'educationExceptionApproved',
};

/** `/candidates/:id/admit`: quyết định kết nạp, checked on the chi bộ vote date; the ceremony may come with it. */
export function AdmitDrawer() {
  const { t } = useTranslation();
  const c = useCandidate();
  const back = useBackToRecord();
  const notBefore = useNotBefore();
  const [form] = Form.useForm<Values>();
  const decisionDateValue = Form.useWatch('decisionDate', form);
  const voteDate = t('candidates.form.admit.voteDate');
  const decisionDate = t('candidates.form.admit.decisionDate');
  const decisionNumber = t('candidates.form.admit.decisionNumber');
  return (
    <StepDrawer cmd="admit">
      <p className="muted">{t('candidates.form.admit.conditions')}</p>
      <CommandForm<Values, AdmitAnswer>
        name="candidate-admit"
        form={form}
        initialValues={{ voteDate: c.resolution?.voteDate, educationExceptionApproved: false }}
        submit={(values) => admitCandidate({ ...values, candidateId: c.id, ceremonyDate: values.ceremonyDate || null, educationExceptionApproved: Boolean(values.educationExceptionApproved) })}
        submitLabel={t('candidates.form.admit.submit')}
        confirm={{ title: t('candidates.form.admit.confirm', { name: c.fullName }), description: t('candidates.form.admit.confirmText') }}
        successMessage={(r) => `${t('candidates.form.admit.done', { name: c.fullName })}${r.needsHigherApproval ? ` — ${t('candidates.form.admit.higherApproval')}` : ''}`}
        invalidate={STEP_INVALIDATES}
        onDone={back}
        fieldAliases={REFUSAL_FIELDS}
      >
        <DateItem name="voteDate" label={voteDate} required />
        <DateItem name="decisionDate" label={decisionDate} required extra={t('candidates.form.admit.decisionDateHint')} rules={[notBefore(decisionDate, voteDate, c.resolution?.voteDate)]} />
        <Form.Item name="decisionNumber" label={decisionNumber} rules={[{ required: true, whitespace: true, message: t('candidates.form.required', { field: decisionNumber.toLowerCase() }) }, { max: 64 }]}>
          <Input maxLength={64} placeholder="125-QĐ/ĐUK" />
        </Form.Item>
        <DateItem
          name="ceremonyDate"
          label={t('candidates.form.admit.ceremonyDate')}
          extra={t('candidates.form.admit.ceremonyDateHint')}
          rules={[notBefore(t('candidates.form.admit.ceremonyDate'), decisionDate, decisionDateValue)]}
        />
        <Form.Item name="educationExceptionApproved" valuePropName="checked">
          <Checkbox>{t('candidates.form.admit.educationException')}</Checkbox>
        </Form.Item>
      </CommandForm>
    </StepDrawer>
  );
}
