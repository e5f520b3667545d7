import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { addCourseType, CATEGORY_VALUES, type AddCourseTypeBody } from '../../api/training';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { useTrainingLabels } from './training-labels';

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Thêm loại lớp: course types are data; a new one is offered at once when opening a class. */
export function CourseTypeDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useTrainingLabels();
  const [form] = Form.useForm<AddCourseTypeBody>();
  return (
    <CommandDrawer title={t('training.courseTypeForm.title')} backTo="/training">
      <CommandForm<AddCourseTypeBody>
        form={form}
        submit={(values) => addCourseType({ ...values, certificateValidityMonths: values.certificateValidityMonths ?? null, requiredFor: values.requiredFor ?? null })}
        submitLabel={t('training.courseTypeForm.submit')}
        successMessage={t('training.courseTypeForm.added')}
        invalidate={[['training', 'course-types']]}
        onDone={() => navigate('/training')}
        initialValues={{ category: 'other' }}
      >
        <Form.Item
          name="code"
          label={t('training.courseTypeForm.code')}
          extra={t('training.courseTypeForm.codeHint')}
          rules={[{ required: true, message: t('training.courseTypeForm.codeRequired') }, { pattern: CODE, message: t('training.courseTypeForm.codeFormat') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="nameVi" label={t('training.courseTypeForm.nameVi')} rules={[{ required: true, whitespace: true, message: t('training.courseTypeForm.nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('training.courseTypeForm.nameEn')} rules={[{ required: true, whitespace: true, message: t('training.courseTypeForm.nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="category" label={t('training.courseTypeForm.category')} rules={[{ required: true }]}>
          <Select options={CATEGORY_VALUES.map((c) => ({ value: c, label: labels.category(c) }))} />
        </Form.Item>
        <Form.Item name="certificateValidityMonths" label={t('training.courseTypeForm.validity')} extra={t('training.courseTypeForm.validityHint')}>
          <InputNumber min={1} max={1200} precision={0} />
        </Form.Item>
        <Form.Item name="requiredFor" label={t('training.courseTypeForm.requiredFor')}>
          <Select
            allowClear
            placeholder={t('training.courseTypeForm.requiredForNone')}
            options={(['admission', 'conversion'] as const).map((r) => ({ value: r, label: labels.requirement(r) }))}
          />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}
