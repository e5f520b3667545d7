import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { listSympathizer, type SympathizerBody } from '../../../api/candidates';
import { formatLocalDate } from '../../../format';
import { CommandForm } from '../../../ui/command-form';
import { DateItem } from '../../../ui/date-item';
import { PersonPicker } from '../../../ui/person-picker';
import { StepDrawer, STEP_INVALIDATES, useBackToRecord, useCandidate, useNotBefore } from './step-drawer';

/** `/candidates/:id/sympathizer`: vào danh sách cảm tình Đảng and the official member who mentors. */
export function SympathizerDrawer() {
  const { t } = useTranslation();
  const c = useCandidate();
  const back = useBackToRecord();
  const notBefore = useNotBefore();
  const [form] = Form.useForm<SympathizerBody>();
  const listedOn = t('candidates.form.sympathizer.listedOn');
  const mentor = t('candidates.form.sympathizer.mentor');
  return (
    <StepDrawer cmd="sympathizer">
      <CommandForm<SympathizerBody>
        name="candidate-sympathizer"
        form={form}
        initialValues={{ listedOn: c.sympathizerListedOn ?? undefined, mentorPersonId: c.mentorPersonId ?? undefined }}
        submit={(values) => listSympathizer(c.id, values)}
        submitLabel={t('candidates.form.save')}
        successMessage={t('candidates.form.saved')}
        invalidate={STEP_INVALIDATES}
        onDone={back}
      >
        <DateItem
          name="listedOn"
          label={listedOn}
          required
          extra={t('candidates.form.sympathizer.listedOnHint', { date: formatLocalDate(c.nominatedOn) })}
          rules={[notBefore(listedOn, t('candidates.form.nominate.nominatedOn'), c.nominatedOn)]}
        />
        <Form.Item name="mentorPersonId" label={mentor} rules={[{ required: true, message: t('candidates.form.requiredChoice', { field: mentor.toLowerCase() }) }]}>
          <PersonPicker status="official" />
        </Form.Item>
      </CommandForm>
    </StepDrawer>
  );
}
