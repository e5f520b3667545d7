import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchCards, type MemberDetail, type PartyCard } from '../../api/members';
import { formatLocalDate } from '../../format';
import { ErrorNotice } from '../../layout/notices';

/** Thẻ đảng viên: every card issued, the one in use marked. */
export function RecordCards({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const cards = useQuery({ queryKey: ['members', 'cards', member.id], queryFn: ({ signal }) => fetchCards(member.id, signal) });
  if (cards.isError) return <ErrorNotice error={cards.error} onRetry={() => void cards.refetch()} />;
  const empty = member.status === 'probationary' ? t('memberRecord.cards.emptyProbationary') : t('memberRecord.cards.empty');
  return (
    <div role="region" aria-label={t('memberRecord.cards.label')}>
      <Table<PartyCard>
        size="small"
        rowKey="id"
        loading={cards.isPending}
        dataSource={cards.data?.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={empty} /> }}
        columns={[
          { key: 'cardNumber', title: t('memberRecord.cards.cardNumber'), dataIndex: 'cardNumber' },
          { key: 'issuedOn', title: t('memberRecord.cards.issuedOn'), render: (_, c) => formatLocalDate(c.issuedOn) },
          { key: 'kind', title: t('memberRecord.cards.kind'), render: (_, c) => t(`memberRecord.cards.kinds.${c.kind}`) },
          { key: 'reason', title: t('memberRecord.cards.reason'), render: (_, c) => (c.reason ? t(`memberRecord.cards.reasons.${c.reason}`) : '') },
          { key: 'decisionNumber', title: t('memberRecord.cards.decisionNumber'), dataIndex: 'decisionNumber' },
          {
            key: 'active',
            title: t('memberRecord.cards.active'),
            render: (_, c) => (c.active ? <Tag color="green">{t('memberRecord.cards.activeYes')}</Tag> : <Tag>{t('memberRecord.cards.activeNo')}</Tag>),
          },
        ]}
      />
    </div>
  );
}
