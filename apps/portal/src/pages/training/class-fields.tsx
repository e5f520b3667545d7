import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { useCourseTypes } from './use-training-data';

/** The fields of a class, the same for opening it and correcting it. */
export function ClassFields() {
  const { t } = useTranslation();
  const courseTypes = useCourseTypes();
  return (
    <>
      <Form.Item
        name="courseTypeCode"
        label={t('training.classForm.courseType')}
        rules={[{ required: true, message: t('training.classForm.courseTypeRequired') }]}
        extra={t('training.classForm.addCourseType')}
      >
        <Select options={courseTypes.options} loading={courseTypes.query.isPending} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="title" label={t('training.classForm.title')} rules={[{ required: true, whitespace: true, message: t('training.classForm.titleRequired') }]} extra={t('training.classForm.titleExample')}>
        <Input maxLength={300} />
      </Form.Item>
      <Space size="middle" wrap>
        <DateItem name="openedOn" label={t('training.classForm.openedOn')} required />
        <DateItem name="endsOn" label={t('training.classForm.endsOn')} notFuture={false} />
      </Space>
      <Form.Item name="cohortLabel" label={t('training.classForm.cohortLabel')} extra={t('training.classForm.cohortExample')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="hostSchool" label={t('training.classForm.hostSchool')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="partnerSchool" label={t('training.classForm.partnerSchool')}>
        <Input maxLength={300} />
      </Form.Item>
      <Space size="middle" wrap align="start">
        <Form.Item name="location" label={t('training.classForm.location')}>
          <Input maxLength={300} style={{ minWidth: 300 }} />
        </Form.Item>
        <Form.Item name="capacity" label={t('training.classForm.capacity')}>
          <InputNumber min={1} max={10000} precision={0} />
        </Form.Item>
      </Space>
      <Form.Item label={t('training.classForm.servedOrgs')}>
        <Form.List name="servedOrgIds">
          {(fields, { add, remove }) => (
            <div className="training-stack">
              {fields.map((field, i) => (
                <Space key={field.key} align="start" style={{ width: '100%' }}>
                  <Form.Item name={field.name} noStyle>
                    <OrgPicker id={`class-served-${i}`} aria-label={`${t('training.classForm.servedOrgs')} ${i + 1}`} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('training.classForm.remove')}</Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()} style={{ alignSelf: 'flex-start' }}>
                {t('training.classForm.addServedOrg')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="notes" label={t('training.classForm.notes')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </>
  );
}

/** Form values → the command's body: empty texts are no value, unchosen organizations dropped. */
export function classBody<V extends { servedOrgIds?: (string | undefined)[]; capacity?: number | null }>(values: V) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values as Record<string, unknown>)) out[k] = typeof v === 'string' && v.trim() === '' ? null : v;
  out.servedOrgIds = (values.servedOrgIds ?? []).filter((id): id is string => Boolean(id));
  return out;
}
