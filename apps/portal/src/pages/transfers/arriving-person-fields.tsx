import { useQuery } from '@tanstack/react-query';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchCodeLists, type CodeLists } from '../../api/transfers';
import { useLocalize } from '../../i18n/localize';
import { DateItem } from '../../ui/date-item';

type ListName = keyof CodeLists;

/**
 * A person not known here, entered from the dossier that comes with the letter: identity, the
 * statistics code lists (from the service, never hard-coded) and the party dates. Fields are
 * under `person.` so the service's messages land under each one.
 */
export function ArrivingPersonFields() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const lists = useQuery({ queryKey: ['people', 'code-lists'], queryFn: ({ signal }) => fetchCodeLists(signal), staleTime: Infinity });
  const field = (name: string) => ['person', name];

  const codeItem = (name: ListName & string, label: string, required: boolean) => (
    <Form.Item name={field(name)} label={label} rules={required ? [{ required: true, message: t('transfers.form.choose', { field: label.toLowerCase() }) }] : []}>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        allowClear={!required}
        loading={lists.isPending}
        options={(lists.data?.[name] ?? []).map((e) => ({ value: e.code, label: localize(e) }))}
      />
    </Form.Item>
  );

  return (
    <>
      <h3 className="form-section-title">{t('transfers.form.identity')}</h3>
      <Form.Item name={field('fullName')} label={t('transfers.form.fullName')} rules={[{ required: true, whitespace: true, message: t('transfers.form.fullNameRequired') }, { max: 120 }]}>
        <Input maxLength={120} autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <DateItem name={field('dateOfBirth')} label={t('transfers.form.dateOfBirth')} required />
        </Col>
        <Col xs={24} sm={12}>
          {codeItem('gender', t('transfers.form.gender'), true)}
        </Col>
      </Row>
      <Form.Item name={field('citizenId')} label={t('transfers.form.citizenId')} rules={[{ required: true, pattern: /^\d{12}$/, message: t('transfers.form.citizenIdRule') }]}>
        <Input inputMode="numeric" maxLength={12} autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          {codeItem('ethnicity', t('transfers.form.ethnicity'), true)}
        </Col>
        <Col xs={24} sm={12}>
          {codeItem('religion', t('transfers.form.religion'), true)}
        </Col>
      </Row>
      <Form.Item name={field('hometown')} label={t('transfers.form.hometown')} rules={[{ required: true, whitespace: true, message: t('transfers.form.hometownRequired') }, { max: 255 }]}>
        <Input maxLength={255} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          {codeItem('generalEducation', t('transfers.form.generalEducation'), true)}
        </Col>
        <Col xs={24} sm={12}>
          {codeItem('professionalEducation', t('transfers.form.professionalEducation'), false)}
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          {codeItem('theoryLevel', t('transfers.form.theoryLevel'), false)}
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={field('occupation')} label={t('transfers.form.occupation')} rules={[{ max: 255 }]}>
            <Input maxLength={255} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={field('position')} label={t('transfers.form.position')} rules={[{ max: 255 }]}>
        <Input maxLength={255} />
      </Form.Item>
      <h3 className="form-section-title">{t('transfers.form.partyDates')}</h3>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <DateItem name={field('admissionDecisionDate')} label={t('transfers.form.admissionDecisionDate')} required />
        </Col>
        <Col xs={24} sm={12}>
          <DateItem name={field('ceremonyDate')} label={t('transfers.form.ceremonyDate')} />
        </Col>
      </Row>
      <DateItem name={field('officialDate')} label={t('transfers.form.officialDate')} extra={t('transfers.form.officialDateHelp')} />
    </>
  );
}
