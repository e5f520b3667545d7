import { Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { createProgram, KIND_VALUES, MODE_VALUES, type CreateProgramBody } from '../../api/inspection';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { yearFrom } from './inspection-year';
import { useInspectionLabels } from './use-labels';

/** Lập chương trình kiểm tra (giám sát) của năm; then to the new program, to add its targets. */
export function ProgramDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [params] = useSearchParams();
  const labels = useInspectionLabels();
  const [form] = Form.useForm<CreateProgramBody>();
  const year = yearFrom(params.get('year')) ?? Number(todayInVietnam().slice(0, 4));
  return (
    <CommandDrawer title={t('inspection.programForm.title')} backTo={`/inspection/programs${search}`} width={600}>
      <CommandForm<CreateProgramBody, { id: string }>
        name="program"
        form={form}
        submit={(values) => createProgram({ ...values, documentNumber: values.documentNumber || null, issuedOn: values.issuedOn || null })}
        submitLabel={t('inspection.programForm.submit')}
        successMessage={t('inspection.programForm.done')}
        invalidate={[['inspection']]}
        onDone={(created) => navigate(`/inspection/programs/${created.id}`)}
        initialValues={{ year, kind: 'inspection', mode: 'thematic' }}
      >
        <Form.Item name="year" label={t('inspection.programForm.year')} rules={[{ required: true, message: t('inspection.programForm.yearRequired') }]}>
          <InputNumber min={1930} max={2100} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="kind" label={t('inspection.programForm.kind')} rules={[{ required: true }]}>
          <Radio.Group options={KIND_VALUES.map((k) => ({ value: k, label: labels.kind(k) }))} />
        </Form.Item>
        <Form.Item name="mode" label={t('inspection.programForm.mode')} rules={[{ required: true }]} extra={t('inspection.programForm.modeHint')}>
          <Radio.Group options={MODE_VALUES.map((m) => ({ value: m, label: labels.mode(m) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('inspection.programForm.titleField')} rules={[{ required: true, whitespace: true, message: t('inspection.programForm.titleRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} placeholder={t('inspection.programForm.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('inspection.programForm.documentNumber')}>
          <Input maxLength={100} placeholder="02-CTr/UBKTĐUK" />
        </Form.Item>
        <DateItem name="issuedOn" label={t('inspection.programForm.issuedOn')} />
      </CommandForm>
    </CommandDrawer>
  );
}
