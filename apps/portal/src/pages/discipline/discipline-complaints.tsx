import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ComplaintView, DisciplineView } from '../../api/discipline';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { formatLocalDate, todayInVietnam } from '../../format';
import { DeadlineCell } from './bits';
import { useDiscipline } from './use-discipline';

/** The complaints against one discipline: when received, the deadline, the ruling; a pending one can be settled. */
export function DisciplineComplaints({ discipline }: { discipline: DisciplineView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const { complaints, complaintsLoading } = useDiscipline();
  const today = todayInVietnam();
  const columns = [
    { key: 'receivedOn', title: t('discipline.complaints.columns.receivedOn'), render: (c: ComplaintView) => formatLocalDate(c.receivedOn) },
    { key: 'summary', title: t('discipline.complaints.columns.summary'), render: (c: ComplaintView) => <span className="discipline-summary">{c.summary}</span> },
    { key: 'deadline', title: t('discipline.complaints.columns.deadline'), render: (c: ComplaintView) => <DeadlineCell complaint={c} asOf={today} /> },
    {
      key: 'ruling',
      title: t('discipline.complaints.columns.outcome'),
      render: (c: ComplaintView) =>
        c.ruling ? `${t(`discipline.ruling.${c.ruling}`)}${c.newLevel ? ` → ${t(`discipline.penalty.${c.newLevel}`)}` : ''} (${formatLocalDate(c.resolvedOn)})` : t('discipline.complaintStatus.pending'),
    },
    ...(can(me, 'inspection:write')
      ? [
          {
            key: 'actions',
            title: t('discipline.common.actions'),
            render: (c: ComplaintView) =>
              c.status === 'pending' && (
                <Button
                  id={`complaint-rule-${c.id}`}
                  aria-label={t('discipline.disciplinePage.ruleOf', { date: formatLocalDate(c.receivedOn) })}
                  onClick={() => navigate(`/inspection/disciplines/${discipline.id}/complaints/${c.id}/ruling`)}
                >
                  {t('discipline.disciplinePage.rule')}
                </Button>
              ),
          },
        ]
      : []),
  ];
  return (
    <section className="discipline-section" aria-labelledby="discipline-complaints">
      <h2 id="discipline-complaints">{t('discipline.disciplinePage.complaints')}</h2>
      {complaints.length === 0 && !complaintsLoading ? (
        <p className="discipline-empty">{discipline.status === 'in_force' ? t('discipline.disciplinePage.noComplaints') : t('discipline.disciplinePage.notInForce')}</p>
      ) : (
        <Table<ComplaintView> rowKey="id" size="small" pagination={false} loading={complaintsLoading} columns={columns} dataSource={complaints} scroll={{ x: 'max-content' }} />
      )}
    </section>
  );
}
