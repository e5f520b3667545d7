import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { recordBadgeCase, type BadgeCaseBody } from '../../api/badges';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { PersonPicker } from '../../ui/person-picker';

type CaseKind = 'seriouslyIll' | 'posthumous';
interface CaseValues {
  personId: string;
  kind: CaseKind;
  seriouslyIllSince?: string;
  diedOn?: string;
  note?: string;
}

/**
 * A seriously ill member (awarded early) or a deceased one (awarded posthumously): once recorded,
 * the member appears in the list of the occasions it makes them due for. `?personId=` fills the person.
 */
export function CaseDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [form] = Form.useForm<CaseValues>();
  const kind = Form.useWatch('kind', form);
  const backParams = new URLSearchParams(location.search);
  backParams.delete('personId');
  const backTo = `/badges${backParams.size ? `?${backParams.toString()}` : ''}`;

  const submit = (v: CaseValues) => {
    const body: BadgeCaseBody = { personId: v.personId, note: v.note?.trim() || undefined };
    if (v.kind === 'posthumous') body.diedOn = v.diedOn;
    else body.seriouslyIllSince = v.seriouslyIllSince;
    return recordBadgeCase(body);
  };

  return (
    <CommandDrawer title={t('badges.caseForm.title')} backTo={backTo}>
      <p className="muted">{t('badges.caseForm.intro')}</p>
      <CommandForm<CaseValues>
        name="badge-case"
        form={form}
        initialValues={{ personId: params.get('personId') ?? undefined, kind: 'seriouslyIll' }}
        submit={submit}
        submitLabel={t('badges.caseForm.submit')}
        successMessage={t('badges.caseForm.done')}
        invalidate={[['badges']]}
        onDone={() => navigate(backTo)}
      >
        <Form.Item name="personId" label={t('badges.caseForm.person')} rules={[{ required: true, message: t('badges.caseForm.personRequired') }]}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="kind" label={t('badges.caseForm.kind')} rules={[{ required: true, message: t('badges.caseForm.kindRequired') }]}>
          <Radio.Group
            options={(['seriouslyIll', 'posthumous'] as const).map((k) => ({ value: k, label: t(`badges.caseForm.kinds.${k}`) }))}
          />
        </Form.Item>
        {kind === 'posthumous' ? (
          <DateItem name="diedOn" label={t('badges.caseForm.diedOn')} required />
        ) : (
          <DateItem name="seriouslyIllSince" label={t('badges.caseForm.seriouslyIllSince')} required />
        )}
        <Form.Item name="note" label={t('badges.caseForm.note')} extra={t('badges.caseForm.noteHint')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}
