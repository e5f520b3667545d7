import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchTransfersOf, type TransferView } from '../../api/members';
import { formatLocalDate } from '../../format';
import { ErrorNotice } from '../../layout/notices';
import { OrgName } from './org-name';

/** Where a transfer left from or went to: an organization of the bloc, or a committee outside it. */
function End({ orgId, committee }: { orgId: string | null; committee: string | null }) {
  if (orgId) return <OrgName id={orgId} />;
  return <>{committee ?? ''}</>;
}

/** Chuyển sinh hoạt đảng: every transfer of the person, in transit or completed. */
export function RecordTransfers({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const transfers = useQuery({ queryKey: ['transfers', 'person', personId], queryFn: ({ signal }) => fetchTransfersOf(personId, signal) });
  if (transfers.isError) return <ErrorNotice error={transfers.error} onRetry={() => void transfers.refetch()} />;
  return (
    <div role="region" aria-label={t('memberRecord.transfers.label')}>
      <Table<TransferView>
        size="small"
        rowKey="id"
        loading={transfers.isPending}
        dataSource={transfers.data?.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('memberRecord.transfers.empty')} /> }}
        columns={[
          { key: 'departedOn', title: t('memberRecord.transfers.departedOn'), render: (_, x) => formatLocalDate(x.departedOn) },
          { key: 'kind', title: t('memberRecord.transfers.kind'), render: (_, x) => t(`memberRecord.transfers.kinds.${x.kind}`) },
          { key: 'from', title: t('memberRecord.transfers.from'), render: (_, x) => <End orgId={x.fromOrgId} committee={x.fromCommittee} /> },
          { key: 'to', title: t('memberRecord.transfers.to'), render: (_, x) => <End orgId={x.toOrgId} committee={x.toCommittee} /> },
          { key: 'letterNumber', title: t('memberRecord.transfers.letterNumber'), dataIndex: 'letterNumber' },
          { key: 'arrivedOn', title: t('memberRecord.transfers.arrivedOn'), render: (_, x) => formatLocalDate(x.arrivedOn) },
          {
            key: 'status',
            title: t('memberRecord.transfers.status'),
            render: (_, x) => <Tag color={x.status === 'inTransit' ? 'gold' : 'green'}>{t(`memberRecord.transfers.statuses.${x.status}`)}</Tag>,
          },
        ]}
      />
    </div>
  );
}
