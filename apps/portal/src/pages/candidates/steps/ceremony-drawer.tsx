import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { recordCeremony, type CeremonyBody } from '../../../api/candidates';
import { formatLocalDate } from '../../../format';
import { CommandForm } from '../../../ui/command-form';
import { DateItem } from '../../../ui/date-item';
import { useDeadlines } from '../use-pipeline';
import { StepDrawer, STEP_INVALIDATES, useBackToRecord, useCandidate, useNotBefore } from './step-drawer';

/** `/candidates/:id/ceremony`: lễ kết nạp, within 30 working days of the decision; probation counts from it. */
export function CeremonyDrawer() {
  const { t } = useTranslation();
  const c = useCandidate();
  const back = useBackToRecord();
  const notBefore = useNotBefore();
  const deadlines = useDeadlines(c.orgId);
  const [form] = Form.useForm<CeremonyBody>();
  const due = deadlines.byPerson.get(c.personId);
  const label = t('candidates.form.ceremony.ceremonyDate');
  return (
    <StepDrawer cmd="ceremony">
      <CommandForm<CeremonyBody>
        name="candidate-ceremony"
        form={form}
        submit={(values) => recordCeremony(c.personId, values)}
        submitLabel={t('candidates.form.save')}
        successMessage={t('candidates.form.ceremony.done')}
        invalidate={STEP_INVALIDATES}
        onDone={back}
        ruleField="ceremonyDate"
      >
        <DateItem
          name="ceremonyDate"
          label={label}
          required
          extra={t('candidates.form.ceremony.ceremonyDateHint', { date: formatLocalDate(c.admissionDecisionDate), deadline: due?.stage === 'ceremony' ? formatLocalDate(due.deadline) : '—' })}
          rules={[notBefore(label, t('candidates.form.admit.decisionDate'), c.admissionDecisionDate)]}
        />
      </CommandForm>
    </StepDrawer>
  );
}
