import { Button, DatePicker, Space, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { IfAllowed } from '../../auth/guards';
import { formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { OrgPicker } from '../../ui/org-picker';
import { DeadlineList } from './deadline-list';
import { MissingDossierList } from './missing-dossier-list';
import { TransferList } from './transfer-list';
import { isStateTab, readTab, tabSearch, TRANSFER_TABS, type TransferTab } from './transfer-model';
import { useTabCounts } from './use-tab-counts';
import './transfers.css';

const COMMANDS = ['internal', 'in', 'out', 'temporary'] as const;

/**
 * The Organization Board's transfers: the list by state, the deadlines and the missing dossiers
 * as tabs with their counts, for one organization (either end) on a date; the four commands that
 * start a transfer open over it at their own address.
 */
export function TransfersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('transfers.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const tab = readTab(params.get('tab'));
  const scope = { orgId: params.get('orgId') ?? undefined, asOf: params.get('asOf') ?? undefined };
  const counts = useTabCounts(scope);
  // the commands open over the list, which keeps its address (tab, page, filters) underneath
  const listSearch = location.pathname === '/transfers' ? location.search : '';

  const setScope = (key: 'orgId' | 'asOf', value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      next.delete('page');
      return next;
    });

  const label = (key: TransferTab) => (
    <span>
      {t(`transfers.tabs.${key}`)}{' '}
      {counts[key] !== undefined && <span className={`tab-count${(key === 'overdue' || key === 'missingDossiers') && counts[key] ? ' tab-count-alert' : ''}`}>{formatNumber(counts[key])}</span>}
    </span>
  );
  const content =
    tab === 'deadlines' ? <DeadlineList scope={scope} /> : tab === 'missingDossiers' ? <MissingDossierList scope={scope} /> : <TransferList key={tab} state={isStateTab(tab) ? tab : undefined} scope={scope} />;

  return (
    <Page
      id="transfers"
      title={t('transfers.title')}
      intro={t('transfers.intro')}
      actions={
        <IfAllowed permission="members:write">
          <Space wrap className="transfer-commands">
            {COMMANDS.map((c, i) => (
              <Button key={c} id={`transfers-${c}`} type={i === 0 ? 'primary' : 'default'} onClick={() => navigate(`/transfers/${c}${listSearch}`)}>
                {t(`transfers.commands.${c}`)}
              </Button>
            ))}
          </Space>
        </IfAllowed>
      }
    >
      <div className="transfer-scope">
        <div className="transfer-scope-field">
          <label htmlFor="transfers-org">{t('transfers.filters.org')}</label>
          <OrgPicker id="transfers-org" value={scope.orgId} onChange={(v) => setScope('orgId', v)} />
        </div>
        <div className="transfer-scope-field">
          <label htmlFor="transfers-asof">{t('transfers.filters.asOf')}</label>
          <DatePicker
            id="transfers-asof"
            format={['DD/MM/YYYY', 'D/M/YYYY']}
            placeholder="dd/mm/yyyy"
            value={scope.asOf ? dayjs(scope.asOf) : null}
            onChange={(d) => setScope('asOf', d ? d.format('YYYY-MM-DD') : undefined)}
          />
        </div>
      </div>
      <Tabs
        aria-label={t('transfers.tabs.label')}
        activeKey={tab}
        tabBarGutter={20}
        onChange={(key) => navigate({ pathname: '/transfers', search: tabSearch(params, key as TransferTab) })}
        items={TRANSFER_TABS.map((key) => ({ key, label: label(key), children: key === tab ? content : null }))}
      />
      <Outlet />
    </Page>
  );
}
