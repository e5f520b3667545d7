import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { COMPLAINTS_KEY, DISCIPLINE_INVALIDATES, fetchComplaint, resolveComplaint, type ComplaintOutcome, type ResolveBody } from '../../api/discipline';
import { formatLocalDate, todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { DeadlineCell } from './bits';
import { RecordState } from './record-state';

const OUTCOMES: ComplaintOutcome[] = ['upheld', 'partly_upheld', 'dismissed', 'withdrawn'];

/** Kết quả giải quyết tố cáo, khiếu nại: the date, the outcome, the conclusion. */
export function ResolveDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const { id = '' } = useParams<{ id: string }>();
  const complaint = useQuery({ queryKey: [...COMPLAINTS_KEY, 'one', id], queryFn: ({ signal }) => fetchComplaint(id, signal) });
  const [form] = Form.useForm<ResolveBody>();
  const backTo = `/inspection/complaints${search}`;
  const c = complaint.data;

  let content;
  if (!c) content = <RecordState error={complaint.error} onRetry={() => void complaint.refetch()} />;
  else if (c.status === 'resolved') content = <Alert type="info" showIcon title={t('discipline.rule.alreadyResolved', { date: formatLocalDate(c.resolvedOn) })} />;
  else if (c.disciplineId)
    content = (
      <Alert
        type="info"
        showIcon
        title={t('discipline.resolve.disciplineComplaint')}
        action={<Button onClick={() => navigate(`/inspection/disciplines/${c.disciplineId}/complaints/${c.id}/ruling`)}>{t('discipline.resolve.goRule')}</Button>}
      />
    );
  else
    content = (
      <>
        <div className="discipline-drawer-lead">
          <p>
            <strong>{t(`discipline.kind.${c.kind}`)}</strong> — {c.person?.fullName ?? ''} ({formatLocalDate(c.receivedOn)})
          </p>
          <p className="discipline-summary">{c.summary}</p>
          <DeadlineCell complaint={c} asOf={todayInVietnam()} />
        </div>
        <CommandForm<ResolveBody>
          form={form}
          name="resolve"
          initialValues={{ resolvedOn: todayInVietnam() }}
          submit={(v) => resolveComplaint(id, { ...v, conclusion: v.conclusion.trim() })}
          submitLabel={t('discipline.resolve.submit')}
          successMessage={t('discipline.resolve.done')}
          invalidate={DISCIPLINE_INVALIDATES}
          onDone={() => navigate(backTo)}
        >
          <DateItem name="resolvedOn" label={t('discipline.resolve.resolvedOn')} required />
          <Form.Item name="outcome" label={t('discipline.resolve.outcome')} rules={[{ required: true, message: t('discipline.resolve.outcomeRequired') }]}>
            <Radio.Group options={OUTCOMES.map((o) => ({ value: o, label: t(`discipline.complaintOutcome.${o}`) }))} />
          </Form.Item>
          <Form.Item name="conclusion" label={t('discipline.resolve.conclusion')} rules={[{ required: true, whitespace: true, message: t('discipline.resolve.conclusionRequired') }, { max: 4000 }]}>
            <Input.TextArea rows={5} />
          </Form.Item>
        </CommandForm>
      </>
    );
  return (
    <CommandDrawer title={t('discipline.resolve.title')} backTo={backTo}>
      {content}
    </CommandDrawer>
  );
}
