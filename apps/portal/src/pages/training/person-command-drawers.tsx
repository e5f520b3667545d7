import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { register, send, type RegisterBody, type SendBody } from '../../api/training';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { PERSON_FIELD_ALIASES, personRef, PersonRefFields, type PersonRefValues } from './person-ref-fields';
import { yearOf } from './training-year';
import { useCourseTypes } from './use-training-data';

function CourseTypeItem() {
  const { t } = useTranslation();
  const courseTypes = useCourseTypes();
  return (
    <Form.Item name="courseTypeCode" label={t('training.courseType')} rules={[{ required: true, message: t('training.classForm.courseTypeRequired') }]}>
      <Select options={courseTypes.options} showSearch={{ optionFilterProp: 'label' }} />
    </Form.Item>
  );
}

type RegisterValues = PersonRefValues & { courseTypeCode: string; forYear: number; registeredOn: string; orgId?: string; note?: string };

/** Đăng ký học năm sau. */
export function RegisterDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [form] = Form.useForm<RegisterValues>();
  const back = `/training/registrations${search}`;
  const year = yearOf(new URLSearchParams(search).get('year') ?? undefined);
  return (
    <CommandDrawer title={t('training.registrations.formTitle')} backTo={back}>
      <CommandForm<RegisterValues>
        form={form}
        submit={(v) => register({ courseTypeCode: v.courseTypeCode, forYear: v.forYear, registeredOn: v.registeredOn, orgId: v.orgId ?? null, note: v.note || undefined, person: personRef(v) } as RegisterBody)}
        submitLabel={t('training.registrations.submit')}
        successMessage={t('training.registrations.done')}
        invalidate={[['training', 'registrations']]}
        onDone={() => navigate(back)}
        initialValues={{ who: 'known', forYear: year, registeredOn: todayInVietnam() }}
        fieldAliases={PERSON_FIELD_ALIASES}
      >
        <PersonRefFields />
        <CourseTypeItem />
        <Form.Item name="forYear" label={t('training.registrations.forYear')} rules={[{ required: true }]}>
          <InputNumber min={1930} max={2100} precision={0} />
        </Form.Item>
        <DateItem name="registeredOn" label={t('training.registrations.registeredOn')} required />
        <Form.Item name="orgId" label={t('training.org')} extra={t('training.enroll.orgHint')}>
          <OrgPicker />
        </Form.Item>
        <Form.Item name="note" label={t('training.registrations.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}

type SendValues = PersonRefValues & { courseTypeCode: string; sentOn: string; institution: string; decisionNumber?: string; orgId?: string; note?: string };

/** Cử người đi học lớp do nơi khác mở. */
export function SendDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [form] = Form.useForm<SendValues>();
  const back = `/training/sendings${search}`;
  return (
    <CommandDrawer title={t('training.sendings.formTitle')} backTo={back}>
      <CommandForm<SendValues>
        form={form}
        submit={(v) =>
          send({
            courseTypeCode: v.courseTypeCode, sentOn: v.sentOn, institution: v.institution, decisionNumber: v.decisionNumber || undefined,
            orgId: v.orgId ?? null, note: v.note || undefined, person: personRef(v),
          } as SendBody)
        }
        submitLabel={t('training.sendings.submit')}
        successMessage={t('training.sendings.done')}
        invalidate={[['training', 'sendings']]}
        onDone={() => navigate(back)}
        initialValues={{ who: 'known' }}
        fieldAliases={PERSON_FIELD_ALIASES}
      >
        <PersonRefFields />
        <CourseTypeItem />
        <DateItem name="sentOn" label={t('training.sendings.sentOn')} required />
        <Form.Item name="institution" label={t('training.sendings.institution')} extra={t('training.sendings.institutionExample')} rules={[{ required: true, whitespace: true, message: t('training.sendings.institutionRequired') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="decisionNumber" label={t('training.sendings.decisionNumber')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="orgId" label={t('training.org')} extra={t('training.enroll.orgHint')}>
          <OrgPicker />
        </Form.Item>
        <Form.Item name="note" label={t('training.sendings.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}
