import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import type { vi } from './messages';
import { useCodeLists, type CodeListName } from './use-code-lists';

type FieldName = keyof (typeof vi)['fields'];

/** A choice among a code list's entries, typed to search (accents ignored by antd's label match). */
function CodeSelect({ name, list, required, allowClear, prefix = [] }: { prefix?: string[]; name: FieldName; list: CodeListName; required?: boolean; allowClear?: boolean }) {
  const { t } = useTranslation();
  const { options, query } = useCodeLists();
  const label = t(`members.fields.${name}`);
  return (
    <Form.Item name={[...prefix, name]} label={label} rules={required ? [{ required: true, message: t('members.fields.requiredChoice', { field: label.toLowerCase() }) }] : []}>
      <Select
        options={options(list)}
        loading={query.isPending}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear={allowClear}
        placeholder={t('members.fields.choose')}
      />
    </Form.Item>
  );
}

function TextItem({ name, required, max, pattern, prefix = [] }: { prefix?: string[]; name: FieldName; required?: boolean; max: number; pattern?: { regex: RegExp; message: string } }) {
  const { t } = useTranslation();
  const label = t(`members.fields.${name}`);
  return (
    <Form.Item
      name={[...prefix, name]}
      label={label}
      rules={[
        ...(required ? [{ required: true, whitespace: true, message: t('members.fields.required', { field: label.toLowerCase() }) }] : []),
        ...(pattern ? [{ pattern: pattern.regex, message: pattern.message }] : []),
        { max },
      ]}
    >
      <Input maxLength={max} />
    </Form.Item>
  );
}

/** Identity as the lý lịch writes it: the fields a correction may change too (under `prefix`). */
export function IdentityFields({ prefix = [] }: { prefix?: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <TextItem prefix={prefix} name="fullName" required max={120} />
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <DateItem name={[...prefix, 'dateOfBirth']} label={t('members.fields.dateOfBirth')} required />
        </Col>
        <Col xs={24} sm={12}>
          <CodeSelect prefix={prefix} name="gender" list="gender" required />
        </Col>
      </Row>
      <Form.Item
        name={[...prefix, 'citizenId']}
        label={t('members.fields.citizenId')}
        extra={t('members.fields.citizenIdHint')}
        rules={[
          { required: true, message: t('members.fields.required', { field: t('members.fields.citizenId') }) },
          { pattern: /^\d{12}$/, message: t('members.fields.citizenIdPattern') },
        ]}
      >
        <Input inputMode="numeric" maxLength={12} autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <CodeSelect prefix={prefix} name="ethnicity" list="ethnicity" required />
        </Col>
        <Col xs={24} sm={12}>
          <CodeSelect prefix={prefix} name="religion" list="religion" required />
        </Col>
      </Row>
      <TextItem prefix={prefix} name="hometown" required max={255} />
    </>
  );
}

/** Education, theory level, occupation and position: the statistics dimensions. */
export function StatisticsFields() {
  return (
    <>
      <CodeSelect name="generalEducation" list="generalEducation" required />
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <CodeSelect name="professionalEducation" list="professionalEducation" allowClear />
        </Col>
        <Col xs={24} sm={12}>
          <CodeSelect name="theoryLevel" list="theoryLevel" allowClear />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <TextItem name="occupation" max={255} />
        </Col>
        <Col xs={24} sm={12}>
          <TextItem name="position" max={255} />
        </Col>
      </Row>
    </>
  );
}

/** The organization where the person is active. */
export function PlacementField() {
  const { t } = useTranslation();
  const label = t('members.fields.orgId');
  return (
    <Form.Item name="orgId" label={label} rules={[{ required: true, message: t('members.fields.requiredChoice', { field: label.toLowerCase() }) }]}>
      <OrgPicker />
    </Form.Item>
  );
}
