import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useSearchParams } from 'react-router-dom';
import { fetchCards, type PartyCard } from '../../api/cards';
import { fetchMember } from '../../api/members';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { PersonPicker } from '../../ui/person-picker';
import { useTableState } from '../../ui/url-state';
import './cards.css';

const DEFAULT_SORT = { sort: 'issuedOn', order: 'desc' as const };

/**
 * The card desk: choose a person (kept in the address, `?personId=`), see every card issued to
 * them, newest first, and open the issue or reissue form already filled with that person.
 */
export function CardsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cards.title'));
  const [params, setParams] = useSearchParams();
  const personId = params.get('personId') ?? undefined;
  const [state, onState] = useTableState([], { defaultSort: DEFAULT_SORT, defaultPageSize: 20 });
  const person = useQuery({ queryKey: ['members', 'one', personId], queryFn: ({ signal }) => fetchMember(personId as string, signal), enabled: Boolean(personId), staleTime: 60_000 });
  const query = { page: state.page, pageSize: state.pageSize, sort: (state.sort ?? 'issuedOn') as 'issuedOn' | 'cardNumber', order: state.order };
  const cards = useQuery({
    queryKey: ['cards', personId, query],
    queryFn: ({ signal }) => fetchCards(personId as string, query, signal),
    enabled: Boolean(personId),
    placeholderData: keepPreviousData,
  });

  const choose = (id: string | undefined) => setParams(id ? { personId: id } : {});
  const suffix = personId ? `?personId=${personId}` : '';
  const current = cards.data?.items.find((c) => c.active);

  const columns: DataColumn<PartyCard>[] = [
    { key: 'cardNumber', title: t('cards.columns.cardNumber'), sortKey: 'cardNumber', value: (c) => c.cardNumber },
    { key: 'issuedOn', title: t('cards.columns.issuedOn'), sortKey: 'issuedOn', value: (c) => c.issuedOn },
    { key: 'kind', title: t('cards.columns.kind'), value: (c) => t(`cards.kind.${c.kind}`) },
    { key: 'reason', title: t('cards.columns.reason'), value: (c) => (c.reason ? t(`cards.reason.${c.reason}`) : null) },
    { key: 'decisionNumber', title: t('cards.columns.decisionNumber'), value: (c) => c.decisionNumber },
    {
      key: 'active',
      title: t('cards.columns.active'),
      value: (c) => t(c.active ? 'cards.active.yes' : 'cards.active.no'),
      render: (c) => <Tag color={c.active ? 'green' : 'default'}>{t(c.active ? 'cards.active.yes' : 'cards.active.no')}</Tag>,
    },
  ];

  return (
    <Page
      id="cards"
      title={t('cards.title')}
      intro={t('cards.intro')}
      actions={
        <IfAllowed permission="members:write">
          <Space wrap>
            <Link to={`issue${suffix}`}>
              <Button id="cards-issue" type="primary">
                {t('cards.issue')}
              </Button>
            </Link>
            <Link to={`reissue${suffix}`}>
              <Button id="cards-reissue">{t('cards.reissue')}</Button>
            </Link>
          </Space>
        </IfAllowed>
      }
    >
      <Form layout="vertical" className="cards-lookup">
        <Form.Item label={t('cards.person')} htmlFor="cards-person" extra={t('cards.personHint')}>
          <PersonPicker id="cards-person" value={personId} onChange={choose} placeholder={t('cards.choose')} />
        </Form.Item>
      </Form>

      {!personId ? (
        <p className="empty">{t('cards.chooseFirst')}</p>
      ) : (
        <>
          {cards.data && (
            <p className="muted" role="status">
              {t('cards.total', { count: formatNumber(cards.data.total) })} ·{' '}
              {current ? t('cards.current', { number: current.cardNumber, date: formatLocalDate(current.issuedOn) }) : t('cards.noCurrent')}
            </p>
          )}
          <DataTable<PartyCard>
            label={person.data ? t('cards.listLabel', { name: person.data.fullName }) : t('cards.listLabelNoName')}
            exportName={t('cards.exportName')}
            columns={columns}
            rowKey={(c) => c.id}
            state={state}
            onState={onState}
            data={cards.data}
            fetchPage={(page, pageSize) => fetchCards(personId, { ...query, page, pageSize })}
            loading={cards.isFetching}
            error={cards.error}
            onRetry={() => void cards.refetch()}
            empty={t('cards.empty')}
          />
        </>
      )}
      <Outlet />
    </Page>
  );
}
