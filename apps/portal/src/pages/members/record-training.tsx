import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchTrainingHistory, type TrainingHistory } from '../../api/members';
import { formatLocalDate } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';

type ClassRow = TrainingHistory['classes'][number];
type SendingRow = TrainingHistory['sendings'][number];

/** Học tập, bồi dưỡng: the classes the person attended (with result and certificate) and where they were sent to study. */
export function RecordTraining({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const history = useQuery({ queryKey: ['training', 'history', personId], queryFn: ({ signal }) => fetchTrainingHistory(personId, signal) });
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />;
  const { classes, sendings } = history.data;
  if (classes.length === 0 && sendings.length === 0) return <Empty description={t('memberRecord.training.empty')} />;
  return (
    <>
      <Typography.Title level={3} className="card-heading">
        {t('memberRecord.training.classes')}
      </Typography.Title>
      <Table<ClassRow>
        size="small"
        rowKey="enrollmentId"
        dataSource={classes}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('memberRecord.training.empty')} /> }}
        columns={[
          { key: 'course', title: t('memberRecord.training.course'), dataIndex: 'courseTypeNameVi' },
          { key: 'title', title: t('memberRecord.training.title'), render: (_, c) => [c.title, c.cohortLabel].filter(Boolean).join(' · ') },
          { key: 'openedOn', title: t('memberRecord.training.openedOn'), render: (_, c) => formatLocalDate(c.openedOn) },
          { key: 'attendance', title: t('memberRecord.training.attendance'), render: (_, c) => t(`memberRecord.training.attendances.${c.attendance}`) },
          {
            key: 'result',
            title: t('memberRecord.training.result'),
            render: (_, c) => [c.result && t(`memberRecord.training.results.${c.result}`), c.grade && t(`memberRecord.training.grades.${c.grade}`)].filter(Boolean).join(' · '),
          },
          {
            key: 'certificate',
            title: t('memberRecord.training.certificate'),
            render: (_, c) => [c.certificateNumber, formatLocalDate(c.certificateIssuedOn)].filter(Boolean).join(' · '),
          },
        ]}
      />
      {sendings.length > 0 && (
        <>
          <Typography.Title level={3} className="card-heading" style={{ marginTop: 16 }}>
            {t('memberRecord.training.sendings')}
          </Typography.Title>
          <Table<SendingRow>
            size="small"
            rowKey="sendingId"
            dataSource={sendings}
            pagination={false}
            columns={[
              { key: 'sentOn', title: t('memberRecord.training.sentOn'), render: (_, s) => formatLocalDate(s.sentOn) },
              { key: 'institution', title: t('memberRecord.training.institution'), dataIndex: 'institution' },
              { key: 'decision', title: t('memberRecord.cards.decisionNumber'), dataIndex: 'decisionNumber' },
            ]}
          />
        </>
      )}
    </>
  );
}
