import { Alert, Divider, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { correctDossierEntry, type DossierItem } from '../../api/dossier';
import { ErrorNotice, Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { ApprovalFields, ReasonField } from './approval-fields';
import { ContentLines } from './content-lines';
import { changedValues, contentFromLines, linesFromContent, type ContentLine } from './corrections';
import { useDossier } from './use-dossier';

interface CorrectionForm {
  documentDate: string;
  title: string;
  referenceNumber: string;
  lines?: ContentLine[];
  reason: string;
  approval: { approverName: string; approverRole: string; decisionNumber: string; approvedOn: string };
}

/** `/members/:id/dossier/:entryId/correct`: a correction entry with its approval; the original stays. */
export function DossierCorrectDrawer() {
  const { t } = useTranslation();
  const { id = '', entryId = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const dossier = useDossier(id);
  const item = dossier.data?.items.find((i) => i.entryId === entryId);
  const backTo = `/members/${id}${search}`;
  return (
    <CommandDrawer title={t('memberRecord.correctDossier.title')} backTo={backTo} width={640}>
      <Typography.Paragraph type="secondary">{t('memberRecord.correctDossier.intro')}</Typography.Paragraph>
      {dossier.isPending && <Loading />}
      {dossier.isError && <ErrorNotice error={dossier.error} onRetry={() => void dossier.refetch()} />}
      {dossier.data && !item && <Alert type="warning" showIcon role="alert" title={t('memberRecord.correctDossier.notFound')} />}
      {item && <CorrectionFormBody personId={id} item={item} onDone={() => navigate(backTo)} />}
    </CommandDrawer>
  );
}

function CorrectionFormBody({ personId, item, onDone }: { personId: string; item: DossierItem; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CorrectionForm>();
  const label = (key: 'documentDate' | 'titleField' | 'referenceNumber') => t(`memberRecord.dossier.${key}`);
  const current = item.current;
  return (
    <CommandForm<CorrectionForm>
      form={form}
      initialValues={{ documentDate: current.documentDate, title: current.title, referenceNumber: current.referenceNumber, lines: linesFromContent(current.content) }}
      submit={({ lines, reason, approval, ...fields }) =>
        correctDossierEntry(personId, item.entryId, {
          // only what differs from the document as it reads now
          changes: changedValues<Record<string, unknown>>(current, { ...fields, content: contentFromLines(lines) }),
          reason,
          approval,
        })
      }
      submitLabel={t('memberRecord.correctDossier.submit')}
      successMessage={t('memberRecord.correctDossier.done')}
      invalidate={[['dossier', personId], ['members', 'detail', personId]]}
      onDone={onDone}
    >
      <Typography.Paragraph strong>{current.title}</Typography.Paragraph>
      <Divider titlePlacement="start">{t('memberRecord.correct.changes')}</Divider>
      <DateItem name="documentDate" label={label('documentDate')} required />
      <Form.Item name="title" label={label('titleField')} rules={[{ required: true, whitespace: true }, { max: 255 }]}>
        <Input maxLength={255} />
      </Form.Item>
      <Form.Item name="referenceNumber" label={label('referenceNumber')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
        <Input maxLength={64} />
      </Form.Item>
      <ContentLines />
      <ReasonField />
      <ApprovalFields />
    </CommandForm>
  );
}
