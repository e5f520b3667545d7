import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { createPerson, nominateCandidate, type NewPerson } from '../../api/candidates';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { PersonPicker } from '../../ui/person-picker';
import type { vi } from './messages';
import { useCodeLists, type CodeListName } from './use-pipeline';

type Field = keyof typeof vi.form.person;

interface Values {
  mode: 'existing' | 'create';
  personId?: string;
  person?: Partial<NewPerson>;
  nominatedBy: string;
  nominatedOn: string;
}

const PERSON_FIELDS = ['fullName', 'dateOfBirth', 'gender', 'citizenId', 'ethnicity', 'religion', 'hometown', 'generalEducation', 'professionalEducation', 'occupation', 'orgId'] as const;
/** The person's fields the server names at the root (`POST /api/people`) are under `person` here. */
const PERSON_ALIASES = Object.fromEntries(PERSON_FIELDS.map((f) => [f, ['person', f]]));

function CodeSelect({ name, list, label, required }: { name: (string | number)[]; list: CodeListName; label: string; required?: boolean }) {
  const { t } = useTranslation();
  const codes = useCodeLists();
  return (
    <Form.Item name={name} label={label} rules={required ? [{ required: true, message: t('candidates.form.requiredChoice', { field: label.toLowerCase() }) }] : []}>
      <Select options={codes.options(list)} loading={codes.loading} showSearch={{ optionFilterProp: 'label' }} allowClear={!required} placeholder={t('candidates.form.person.choose')} />
    </Form.Item>
  );
}

/** A person not yet recorded, entered with the nomination: identity and the statistics dimensions. */
function NewPersonFields() {
  const { t } = useTranslation();
  const f = (k: Field): string => t(`candidates.form.person.${k}`);
  const required = (k: Field) => [{ required: true, whitespace: true, message: t('candidates.form.required', { field: f(k).toLowerCase() }) }];
  return (
    <fieldset className="candidate-introducer">
      <h3>{t('candidates.form.nominate.personSection')}</h3>
      <Form.Item name={['person', 'fullName']} label={f('fullName')} rules={[...required('fullName'), { max: 120 }]}>
        <Input maxLength={120} autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <DateItem name={['person', 'dateOfBirth']} label={f('dateOfBirth')} required />
        </Col>
        <Col xs={24} sm={12}>
          <CodeSelect name={['person', 'gender']} list="gender" label={f('gender')} required />
        </Col>
      </Row>
      <Form.Item name={['person', 'citizenId']} label={f('citizenId')} extra={f('citizenIdHint')} rules={[...required('citizenId'), { pattern: /^\d{12}$/, message: f('citizenIdPattern') }]}>
        <Input inputMode="numeric" maxLength={12} autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <CodeSelect name={['person', 'ethnicity']} list="ethnicity" label={f('ethnicity')} required />
        </Col>
        <Col xs={24} sm={12}>
          <CodeSelect name={['person', 'religion']} list="religion" label={f('religion')} required />
        </Col>
      </Row>
      <Form.Item name={['person', 'hometown']} label={f('hometown')} rules={[...required('hometown'), { max: 255 }]}>
        <Input maxLength={255} />
      </Form.Item>
      <CodeSelect name={['person', 'generalEducation']} list="generalEducation" label={f('generalEducation')} required />
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <CodeSelect name={['person', 'professionalEducation']} list="professionalEducation" label={f('professionalEducation')} />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['person', 'occupation']} label={f('occupation')} rules={[{ max: 255 }]}>
            <Input maxLength={255} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['person', 'orgId']} label={f('orgId')} rules={[{ required: true, message: t('candidates.form.requiredChoice', { field: f('orgId').toLowerCase() }) }]}>
        <OrgPicker />
      </Form.Item>
    </fieldset>
  );
}

/**
 * `/candidates/new`: đoàn thể giới thiệu quần chúng ưu tú. The person is picked among those not
 * in the Party, or entered here first (POST /api/people, then the nomination).
 */
export function NominateDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const codes = useCodeLists();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'existing';
  // a person created by a first try whose nomination was refused is not created twice
  const created = useRef<{ key: string; id: string } | null>(null);
  const backTo = `/candidates${params.toString() ? `?${params}` : ''}`;

  async function submit(values: Values) {
    let personId = values.personId as string;
    if (values.mode === 'create') {
      const key = JSON.stringify(values.person);
      if (created.current?.key !== key) {
        const person = await createPerson({ ...(values.person as NewPerson), professionalEducation: values.person?.professionalEducation ?? null, occupation: values.person?.occupation || null });
        created.current = { key, id: person.id };
      }
      personId = created.current.id;
    }
    return nominateCandidate({ personId, nominatedBy: values.nominatedBy, nominatedOn: values.nominatedOn });
  }

  const nominatedBy = t('candidates.form.nominate.nominatedBy');
  const person = t('candidates.form.nominate.person');
  return (
    <CommandDrawer title={t('candidates.nominate')} backTo={backTo} width={640}>
      <CommandForm<Values>
        name="candidate-nominate"
        form={form}
        initialValues={{ mode: 'existing', nominatedOn: todayInVietnam(), person: { orgId: params.get('orgId') ?? undefined, ethnicity: 'kinh', religion: 'none' } }}
        submit={submit}
        submitLabel={t('candidates.form.nominate.submit')}
        successMessage={t('candidates.form.nominate.done')}
        invalidate={[['candidates'], ['members']]}
        onDone={(c) => navigate(`/candidates/${(c as { id: string }).id}`)}
        fieldAliases={PERSON_ALIASES}
      >
        <Form.Item name="mode" label={t('candidates.form.nominate.who')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'existing', label: t('candidates.form.nominate.existing') },
              { value: 'create', label: t('candidates.form.nominate.create') },
            ]}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item name="personId" label={person} extra={t('candidates.form.nominate.personHint')} rules={[{ required: true, message: t('candidates.form.requiredChoice', { field: person.toLowerCase() }) }]}>
            <PersonPicker status="masses" />
          </Form.Item>
        ) : (
          <NewPersonFields />
        )}
        <Form.Item name="nominatedBy" label={nominatedBy} rules={[{ required: true, message: t('candidates.form.requiredChoice', { field: nominatedBy.toLowerCase() }) }]}>
          <Select options={codes.options('massOrganization')} loading={codes.loading} placeholder={t('candidates.form.person.choose')} />
        </Form.Item>
        <DateItem name="nominatedOn" label={t('candidates.form.nominate.nominatedOn')} required />
      </CommandForm>
    </CommandDrawer>
  );
}
