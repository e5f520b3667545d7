import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { recordIntroducers, type IntroducerKind, type IntroducersBody } from '../../../api/candidates';
import { CommandForm } from '../../../ui/command-form';
import { DateItem } from '../../../ui/date-item';
import { PersonPicker } from '../../../ui/person-picker';
import { StepDrawer, STEP_INVALIDATES, useBackToRecord, useCandidate } from './step-drawer';

interface IntroducerValues {
  kind: IntroducerKind;
  personId?: string;
  togetherSince?: string;
  organization?: string;
}
interface Values {
  introducers: [IntroducerValues, IntroducerValues];
}

const KINDS: IntroducerKind[] = ['party_member', 'youth_union_committee', 'trade_union_committee'];

function toBody(values: Values): IntroducersBody {
  return {
    introducers: values.introducers.map((i) =>
      i.kind === 'party_member'
        ? { kind: 'party_member' as const, personId: i.personId as string, togetherSince: i.togetherSince as string }
        : { kind: i.kind, organization: (i.organization ?? '').trim() },
    ),
  };
}

/** One of the two introducers: an official member with the date since which they know the applicant, or a committee. */
function IntroducerFields({ index }: { index: 0 | 1 }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const kind = Form.useWatch(['introducers', index, 'kind'], form) as IntroducerKind | undefined;
  const person = t('candidates.form.introducers.person');
  const organization = t('candidates.form.introducers.organization');
  return (
    <fieldset className="candidate-introducer">
      <h3>{t('candidates.form.introducers.nth', { n: index + 1 })}</h3>
      <Form.Item name={['introducers', index, 'kind']} label={t('candidates.form.introducers.kind')} rules={[{ required: true }]}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(`candidates.introducerKind.${k}`) }))} />
      </Form.Item>
      {kind === 'party_member' || kind === undefined ? (
        <>
          <Form.Item name={['introducers', index, 'personId']} label={person} rules={[{ required: true, message: t('candidates.form.requiredChoice', { field: person.toLowerCase() }) }]}>
            <PersonPicker status="official" />
          </Form.Item>
          <DateItem name={['introducers', index, 'togetherSince']} label={t('candidates.form.introducers.togetherSince')} required extra={t('candidates.form.introducers.togetherSinceHint')} />
        </>
      ) : (
        <Form.Item
          name={['introducers', index, 'organization']}
          label={organization}
          rules={[{ required: true, whitespace: true, message: t('candidates.form.required', { field: organization.toLowerCase() }) }, { max: 255 }]}
        >
          <Input maxLength={255} placeholder={t('candidates.form.introducers.organizationPlaceholder')} />
        </Form.Item>
      )}
    </fieldset>
  );
}

/** `/candidates/:id/introducers`: the two introducers (Điều lệ Đảng, Điều 4). */
export function IntroducersDrawer() {
  const { t } = useTranslation();
  const c = useCandidate();
  const back = useBackToRecord();
  const [form] = Form.useForm<Values>();
  const initial = (n: 0 | 1): IntroducerValues => {
    const i = c.introducers[n];
    return i ? { kind: i.kind, personId: i.personId ?? undefined, togetherSince: i.togetherSince ?? undefined, organization: i.organization ?? undefined } : { kind: 'party_member' };
  };
  return (
    <StepDrawer cmd="introducers">
      <p className="muted">{t('candidates.form.introducers.intro')}</p>
      <CommandForm<Values>
        name="candidate-introducers"
        form={form}
        initialValues={{ introducers: [initial(0), initial(1)] }}
        submit={(values) => recordIntroducers(c.id, toBody(values))}
        submitLabel={t('candidates.form.save')}
        successMessage={t('candidates.form.saved')}
        invalidate={STEP_INVALIDATES}
        onDone={back}
      >
        <IntroducerFields index={0} />
        <IntroducerFields index={1} />
      </CommandForm>
    </StepDrawer>
  );
}
