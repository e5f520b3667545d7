import { Col, Divider, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { registerExistingMember, type RegisterExistingBody } from '../../api/members';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import type { vi } from './messages';
import { PersonSections } from './new-person-drawer';

/**
 * `/members/existing`: an official (or probationary) member from the old books, with the dates
 * written there and the card they hold. Never counted as an admission.
 */
export function ExistingMemberDrawer() {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterExistingBody>();
  const navigate = useNavigate();
  const { search } = useLocation();
  const f = (key: keyof (typeof vi)['fields']) => t(`members.fields.${key}`);
  return (
    <CommandDrawer title={t('members.existing.title')} backTo={`/members${search}`} width={640}>
      <Typography.Paragraph type="secondary">{t('members.existing.intro')}</Typography.Paragraph>
      <CommandForm<RegisterExistingBody, Awaited<ReturnType<typeof registerExistingMember>>>
        form={form}
        submit={registerExistingMember}
        submitLabel={t('members.existing.submit')}
        successMessage={(p) => t('members.existing.done', { name: p.fullName })}
        invalidate={[['members']]}
        onDone={(p) => navigate(`/members/${p.id}`)}
      >
        <PersonSections />
        <Divider titlePlacement="start">{f('membership')}</Divider>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <DateItem name="admissionDecisionDate" label={f('admissionDecisionDate')} required />
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="admissionDecisionNumber" label={f('admissionDecisionNumber')} rules={[{ max: 64 }]}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <DateItem name="ceremonyDate" label={f('ceremonyDate')} />
          </Col>
          <Col xs={24} sm={12}>
            <DateItem name="officialDate" label={f('officialDate')} extra={f('officialDateHint')} />
          </Col>
        </Row>
        <Divider titlePlacement="start">{f('card')}</Divider>
        <Typography.Paragraph type="secondary">{f('cardHint')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="cardNumber" label={f('cardNumber')} rules={[{ pattern: /^[0-9A-Za-z.\-/]{4,32}$/, message: f('cardNumberPattern') }]}>
              <Input maxLength={32} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <DateItem name="cardIssuedOn" label={f('cardIssuedOn')} />
          </Col>
        </Row>
      </CommandForm>
    </CommandDrawer>
  );
}
