import { Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { addDossierEntry } from '../../api/dossier';
import { useLocalize } from '../../i18n/localize';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { ContentLines } from './content-lines';
import { contentFromLines, type ContentLine } from './corrections';
import { useDossierKinds } from './use-dossier-kinds';

/** The annual supplement (phiếu bổ sung hồ sơ) is the one kind that names its year. */
const ANNUAL_SUPPLEMENT = 'phieu-bo-sung';

interface EntryForm {
  kind: string;
  year?: number | null;
  documentDate: string;
  title: string;
  referenceNumber: string;
  lines?: ContentLine[];
}

/** `/members/:id/dossier/new`: a document added to the dossier, never changed afterwards. */
export function DossierEntryDrawer() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { id = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const kinds = useDossierKinds();
  const [form] = Form.useForm<EntryForm>();
  const kind = Form.useWatch('kind', form);
  const backTo = `/members/${id}${search}`;
  const label = (key: 'kind' | 'year' | 'documentDate' | 'titleField' | 'referenceNumber') => t(`memberRecord.dossier.${key}`);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('members.fields.required', { field: field.toLowerCase() }) }];

  return (
    <CommandDrawer title={t('memberRecord.addDossier.title')} backTo={backTo} width={640}>
      <Typography.Paragraph type="secondary">{t('memberRecord.addDossier.intro')}</Typography.Paragraph>
      <CommandForm<EntryForm>
        form={form}
        initialValues={{ lines: [{ key: '', value: '' }] }}
        submit={({ lines, year, ...values }) =>
          addDossierEntry(id, { ...values, year: values.kind === ANNUAL_SUPPLEMENT ? (year ?? null) : null, content: contentFromLines(lines) })
        }
        submitLabel={t('memberRecord.addDossier.submit')}
        successMessage={t('memberRecord.addDossier.done')}
        invalidate={[['dossier', id], ['members', 'detail', id]]}
        onDone={() => navigate(backTo)}
      >
        <Form.Item name="kind" label={label('kind')} rules={[{ required: true, message: t('members.fields.requiredChoice', { field: label('kind').toLowerCase() }) }]}>
          <Select loading={kinds.isPending} options={(kinds.data ?? []).map((k) => ({ value: k.code, label: localize(k) }))} placeholder={t('members.fields.choose')} />
        </Form.Item>
        {kind === ANNUAL_SUPPLEMENT && (
          <Form.Item name="year" label={label('year')} extra={t('memberRecord.addDossier.yearHint')} rules={[{ required: true, message: t('memberRecord.addDossier.yearRequired') }]}>
            <InputNumber min={1930} max={2100} precision={0} style={{ width: 160 }} />
          </Form.Item>
        )}
        <DateItem name="documentDate" label={label('documentDate')} required />
        <Form.Item name="title" label={label('titleField')} rules={[...required(label('titleField')), { max: 255 }]}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="referenceNumber" label={label('referenceNumber')} rules={[...required(label('referenceNumber')), { max: 64 }]}>
          <Input maxLength={64} />
        </Form.Item>
        <ContentLines />
      </CommandForm>
    </CommandDrawer>
  );
}
