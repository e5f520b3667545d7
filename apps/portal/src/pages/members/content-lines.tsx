import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** A document's items, one line each (item name, then its content), as many as the document has. */
export function ContentLines() {
  const { t } = useTranslation();
  const keyLabel = t('memberRecord.addDossier.contentKey');
  const valueLabel = t('memberRecord.addDossier.contentValue');
  return (
    <Form.Item label={t('memberRecord.dossier.content')} extra={t('memberRecord.addDossier.contentHint')}>
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 8 }} wrap>
                <Form.Item name={[field.name, 'key']} noStyle rules={[{ max: 120 }]}>
                  <Input aria-label={`${keyLabel} ${index + 1}`} placeholder={keyLabel} maxLength={120} style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'value']} noStyle>
                  <Input.TextArea aria-label={`${valueLabel} ${index + 1}`} placeholder={valueLabel} autoSize={{ minRows: 1, maxRows: 6 }} style={{ width: 300 }} />
                </Form.Item>
                <Button onClick={() => remove(field.name)} aria-label={t('memberRecord.addDossier.removeLine', { n: index + 1 })}>
                  ✕
                </Button>
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({ key: '', value: '' })} id="dossier-add-line">
              {t('memberRecord.addDossier.addLine')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
