import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { enroll, type EnrollBody } from '../../api/training';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { PERSON_FIELD_ALIASES, personRef, PersonRefFields, type PersonRefValues } from './person-ref-fields';
import { classQueries, useClassContext } from './use-class-context';

type Values = PersonRefValues & { orgId?: string; enrolledOn?: string };

/** Ghi danh một người vào lớp. */
export function EnrollDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cls = useClassContext();
  const [form] = Form.useForm<Values>();
  const back = `/training/classes/${cls.id}`;
  return (
    <CommandDrawer title={`${t('training.enroll.title')}: ${cls.title}`} backTo={back}>
      <CommandForm<Values, Awaited<ReturnType<typeof enroll>>>
        form={form}
        submit={(v) => enroll(cls.id, { person: personRef(v), orgId: v.orgId ?? null, enrolledOn: v.enrolledOn } as EnrollBody)}
        submitLabel={t('training.enroll.submit')}
        successMessage={(r) => t('training.enroll.done', { name: r.person.fullName ?? '' })}
        invalidate={classQueries(cls.id)}
        onDone={() => navigate(back)}
        initialValues={{ who: 'known' }}
        fieldAliases={PERSON_FIELD_ALIASES}
      >
        <PersonRefFields />
        <Form.Item name="orgId" label={t('training.enroll.org')} extra={t('training.enroll.orgHint')}>
          <OrgPicker />
        </Form.Item>
        <DateItem name="enrolledOn" label={t('training.enroll.enrolledOn')} extra={t('training.enroll.enrolledOnHint')} />
      </CommandForm>
    </CommandDrawer>
  );
}
