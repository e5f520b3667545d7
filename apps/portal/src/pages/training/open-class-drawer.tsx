import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { openClass, type OpenClassBody } from '../../api/training';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { classBody, ClassFields } from './class-fields';

/** Mở lớp: then straight to the new class, to enroll its students. */
export function OpenClassDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [form] = Form.useForm<OpenClassBody>();
  return (
    <CommandDrawer title={t('training.classForm.openTitle')} backTo={`/training${search}`} width={640}>
      <CommandForm<OpenClassBody, Awaited<ReturnType<typeof openClass>>>
        form={form}
        submit={(values) => openClass(classBody(values) as OpenClassBody)}
        submitLabel={t('training.classForm.open')}
        successMessage={t('training.classForm.opened')}
        invalidate={[['training', 'classes']]}
        onDone={(created) => navigate(`/training/classes/${created.id}`)}
        initialValues={{ servedOrgIds: [] }}
      >
        <ClassFields />
      </CommandForm>
    </CommandDrawer>
  );
}
