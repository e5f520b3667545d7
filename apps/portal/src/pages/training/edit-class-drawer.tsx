import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { updateClass, type UpdateClassBody } from '../../api/training';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { classBody, ClassFields } from './class-fields';
import { classQueries, useClassContext } from './use-class-context';

/** Sửa thông tin lớp: the same fields as opening it, filled with what is recorded. */
export function EditClassDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cls = useClassContext();
  const [form] = Form.useForm<UpdateClassBody>();
  const back = `/training/classes/${cls.id}`;
  return (
    <CommandDrawer title={t('training.classForm.editTitle')} backTo={back} width={640}>
      <CommandForm<UpdateClassBody>
        form={form}
        submit={(values) => updateClass(cls.id, classBody(values) as UpdateClassBody)}
        submitLabel={t('training.classForm.save')}
        invalidate={classQueries(cls.id)}
        onDone={() => navigate(back)}
        initialValues={{
          courseTypeCode: cls.courseTypeCode,
          title: cls.title,
          openedOn: cls.openedOn,
          endsOn: cls.endsOn,
          cohortLabel: cls.cohortLabel,
          hostSchool: cls.hostSchool,
          partnerSchool: cls.partnerSchool,
          location: cls.location,
          capacity: cls.capacity,
          servedOrgIds: cls.servedOrgIds,
          notes: cls.notes,
        }}
      >
        <ClassFields />
      </CommandForm>
    </CommandDrawer>
  );
}
