import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { fetchDeadlines, fetchTransfer, TRANSFERS_KEY, type Transfer } from '../../api/transfers';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { LetterBoxes } from './letter-boxes';
import { DeadlineTag, KindTag, Place, StatusTag } from './transfer-bits';
import { commandsFor } from './transfer-model';
import './transfers.css';

/** The list the reader came from (`?back=`), only ever a transfers address. */
function useBackToList(): string {
  const [params] = useSearchParams();
  const back = params.get('back');
  return back && back.startsWith('/transfers') ? back : '/transfers';
}

/** One transfer: its facts, the boxes of its letter, its open deadlines, and the commands it still takes. */
export function TransferDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const transfer = useQuery({ queryKey: [...TRANSFERS_KEY, 'one', id], queryFn: ({ signal }) => fetchTransfer(id, signal) });
  const name = transfer.data?.fullName ?? '';
  useDocumentTitle(name ? t('transfers.detail.title', { name }) : t('transfers.title'));
  const backToList = useBackToList();

  return (
    <Page
      id="transfer"
      title={name ? t('transfers.detail.title', { name }) : t('transfers.title')}
      intro={transfer.data ? t('transfers.detail.intro', { kind: t(`transfers.kind.${transfer.data.kind}`), letter: transfer.data.letterNumber }) : ''}
      actions={transfer.data && <Commands transfer={transfer.data} />}
    >
      <p>
        <Link to={backToList}>← {t('transfers.back')}</Link>
      </p>
      {transfer.isPending && <Loading />}
      {transfer.isError && <ErrorNotice error={transfer.error} onRetry={() => void transfer.refetch()} />}
      {transfer.data && <TransferBody transfer={transfer.data} />}
      <Outlet />
    </Page>
  );
}

function Commands({ transfer: tr }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const can = commandsFor(tr);
  const go = (command: string) => navigate(`/transfers/${tr.id}/${command}${location.search}`);
  return (
    <Space wrap>
      <IfAllowed permission="members:write">
        <Space wrap>
          {can.arrive && (
            <Button id="transfer-arrive" type="primary" onClick={() => go('arrive')}>
              {t('transfers.commands.arrive')}
            </Button>
          )}
          {can.hops && (
            <Button id="transfer-hops" onClick={() => go('hops')}>
              {t('transfers.commands.hops')}
            </Button>
          )}
          {can.followUp && (
            <Button id="transfer-follow-up" type="primary" onClick={() => go('follow-up')}>
              {t('transfers.commands.followUp')}
            </Button>
          )}
        </Space>
      </IfAllowed>
      <Button id="transfer-member" onClick={() => navigate(`/members/${tr.personId}`)}>
        {t('transfers.commands.member')}
      </Button>
    </Space>
  );
}

function TransferBody({ transfer: tr }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const date = (v: string | null) => (v ? formatLocalDate(v) : <span className="muted">{t('transfers.detail.notYet')}</span>);
  const followed = tr.kind === 'internal' || tr.kind === 'in';
  const items = [
    { key: 'kind', label: t('transfers.columns.kind'), children: <KindTag kind={tr.kind} /> },
    { key: 'status', label: t('transfers.columns.status'), children: <StatusTag status={tr.status} /> },
    { key: 'letter', label: t('transfers.columns.letterNumber'), children: tr.letterNumber },
    { key: 'from', label: t('transfers.columns.from'), children: <Place orgId={tr.fromOrgId} committee={tr.fromCommittee} /> },
    { key: 'to', label: t('transfers.columns.to'), children: <Place orgId={tr.toOrgId} committee={tr.toCommittee} /> },
    { key: 'departed', label: t('transfers.columns.departedOn'), children: formatLocalDate(tr.departedOn) },
    ...(tr.kind === 'internal' || tr.kind === 'in' ? [{ key: 'arrived', label: t('transfers.columns.arrivedOn'), children: date(tr.arrivedOn) }] : []),
    { key: 'effective', label: t('transfers.columns.effectiveOn'), children: date(tr.effectiveOn) },
    ...(tr.kind === 'temporary'
      ? [
          { key: 'purpose', label: t('transfers.detail.purpose'), children: tr.purpose ? t(tr.purpose === 'study' ? 'transfers.purpose.study' : 'transfers.purpose.work') : '' },
          { key: 'until', label: t('transfers.columns.untilOn'), children: date(tr.untilOn) },
        ]
      : []),
    ...(followed
      ? [
          { key: 'activity', label: t('transfers.columns.activityStartedOn'), children: date(tr.activityStartedOn) },
          { key: 'dossier', label: t('transfers.columns.dossierReceivedOn'), children: date(tr.dossierReceivedOn) },
        ]
      : []),
  ];
  return (
    <div className="transfer-detail-grid">
      <Card title={<h2 className="card-title">{t('transfers.detail.facts')}</h2>}>
        <Descriptions column={1} size="small" items={items} />
      </Card>
      {followed && <OpenDeadlines transfer={tr} />}
      {tr.kind === 'internal' && (
        <Card title={<h2 className="card-title">{t('transfers.detail.letter')}</h2>} style={{ gridColumn: '1 / -1' }}>
          <p className="muted">{t('transfers.detail.letterIntro')}</p>
          <LetterBoxes hops={tr.hops} />
        </Card>
      )}
    </div>
  );
}

/** The transfer's deadlines still open (letter, activity), from the service's working-day calendar. */
function OpenDeadlines({ transfer: tr }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const query = { orgId: tr.toOrgId ?? undefined, page: 1, pageSize: 500 };
  const deadlines = useQuery({ queryKey: [...TRANSFERS_KEY, 'deadlines', query], queryFn: ({ signal }) => fetchDeadlines(query, signal), enabled: Boolean(tr.toOrgId) });
  const mine = (deadlines.data?.items ?? []).filter((d) => d.transferId === tr.id);
  return (
    <Card title={<h2 className="card-title">{t('transfers.detail.deadlines')}</h2>}>
      {deadlines.isPending && tr.toOrgId ? (
        <Loading />
      ) : mine.length === 0 ? (
        <p className="muted">{t('transfers.detail.noDeadlines')}</p>
      ) : (
        <ul className="plain-list">
          {mine.map((d) => (
            <li key={d.stage}>
              <strong>{t(`transfers.stage.${d.stage}`)}</strong> ({t('transfers.detail.workingDays', { count: d.workingDays })}):{' '}
              <DeadlineTag status={d.status} deadline={d.deadline} asOf={deadlines.data?.asOf ?? d.deadline} />
              <div className="muted small">{d.regulation}</div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
