import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchOrgs } from '../../api/orgs';
import { formatNumber, todayInVietnam } from '../../format';
import { DateInput } from '../../layout/date-input';
import { ErrorNotice, Loading } from '../../layout/notices';
import { useDocumentTitle } from '../../layout/use-document-title';
import { GrassrootsCounts } from './grassroots-counts';
import { OrgDetail } from './org-detail';
import { buildOrgTree } from './org-tree';
import { OrgTreeView } from './org-tree-view';
import { Page } from '../../layout/page';

export function OrgsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('orgs.title'));
  const [asOf, setAsOf] = useState(todayInVietnam);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const orgs = useQuery({ queryKey: ['orgs', 'list', asOf], queryFn: ({ signal }) => fetchOrgs({ asOf }, signal) });
  const tree = useMemo(() => buildOrgTree(orgs.data?.items ?? []), [orgs.data]);

  return (
    <Page id="orgs" title={t('orgs.title')} intro={t('orgs.intro')}>
      <div className="toolbar">
        <DateInput label={t('orgs.asOf')} value={asOf} onChange={setAsOf} />
      </div>

      {orgs.isPending && <Loading />}
      {orgs.isError && <ErrorNotice error={orgs.error} onRetry={() => void orgs.refetch()} />}
      {orgs.data && (
        <>
          <GrassrootsCounts items={orgs.data.items} asOf={orgs.data.asOf} />
          <div className="split">
            <div className="panel">
              <h2>{t('orgs.treeTitle')}</h2>
              <p className="muted small">{t('orgs.total', { count: formatNumber(orgs.data.total) })}</p>
              {orgs.data.items.length === 0 ? (
                <p className="empty">{t('orgs.empty')}</p>
              ) : (
                <OrgTreeView key={orgs.data.asOf} roots={tree} items={orgs.data.items} selectedId={selectedId} onSelect={setSelectedId} />
              )}
            </div>
            <div className="panel">
              {selectedId ? (
                <OrgDetail id={selectedId} asOf={asOf} onSelect={setSelectedId} onClose={() => setSelectedId(null)} />
              ) : (
                <p className="muted">{t('orgs.selectHint')}</p>
              )}
            </div>
          </div>
        </>
      )}
    </Page>
  );
}
