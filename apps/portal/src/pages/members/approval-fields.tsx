import { Col, Divider, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateItem } from '../../ui/date-item';

/**
 * The approval a correction carries (who approved, in which role, by which decision, when):
 * required here as the service requires it (Hướng dẫn về hồ sơ đảng viên).
 */
export function ApprovalFields() {
  const { t } = useTranslation();
  const required = (label: string) => [{ required: true, whitespace: true, message: t('members.fields.required', { field: label.toLowerCase() }) }];
  const name = t('memberRecord.approval.approverName');
  const role = t('memberRecord.approval.approverRole');
  const decision = t('memberRecord.approval.decisionNumber');
  return (
    <>
      <Divider titlePlacement="start">{t('memberRecord.approval.title')}</Divider>
      <Typography.Paragraph type="secondary">{t('memberRecord.approval.intro')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name={['approval', 'approverName']} label={name} rules={[...required(name), { max: 120 }]}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['approval', 'approverRole']} label={role} rules={[...required(role), { max: 120 }]}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name={['approval', 'decisionNumber']} label={decision} rules={[...required(decision), { max: 64 }]}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <DateItem name={['approval', 'approvedOn']} label={t('memberRecord.approval.approvedOn')} required />
        </Col>
      </Row>
    </>
  );
}

/** Lý do đính chính. */
export function ReasonField() {
  const { t } = useTranslation();
  const label = t('memberRecord.correct.reason');
  return (
    <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, message: t('members.fields.required', { field: label.toLowerCase() }) }, { max: 500 }]}>
      <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('memberRecord.correct.reasonPlaceholder')} />
    </Form.Item>
  );
}
