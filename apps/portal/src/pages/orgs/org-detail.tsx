import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchOrg, type OrgDetailView } from '../../api/orgs';
import { formatLocalDate, formatNumber } from '../../format';
import { useLocalize, useOrgKindLabel } from '../../i18n/localize';
import { ErrorNotice, Loading } from '../../layout/notices';
import { OrgHistory } from './org-history';

/** One organization on the date: where it sits, what it is, its history and the guidance checks. */
export function OrgDetail({ id, asOf, onSelect, onClose }: { id: string; asOf: string; onSelect: (id: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const org = useQuery({ queryKey: ['orgs', 'detail', id, asOf], queryFn: ({ signal }) => fetchOrg(id, asOf, signal) });

  return (
    <article aria-labelledby="org-detail-title">
      <div className="panel-header">
        <h2 id="org-detail-title">{org.data?.name ?? t('common.loading')}</h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('orgs.close')}
        </button>
      </div>
      {org.isPending && <Loading />}
      {org.isError && <ErrorNotice error={org.error} onRetry={() => void org.refetch()} />}
      {org.data && <OrgDetailBody org={org.data} onSelect={onSelect} />}
    </article>
  );
}

function OrgDetailBody({ org, onSelect }: { org: OrgDetailView; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  return (
    <>
      {org.ancestors.length > 0 && (
        <nav aria-label={t('orgs.ancestors')} className="breadcrumb">
          <ol>
            {org.ancestors.map((a) => (
              <li key={a.id}>
                <button type="button" className="link-button" onClick={() => onSelect(a.id)}>
                  {a.name}
                </button>
              </li>
            ))}
            <li aria-current="page">{org.name}</li>
          </ol>
        </nav>
      )}
      <dl className="facts">
        <dt>{t('orgs.kind')}</dt>
        <dd>{kindLabel(org.kind)}</dd>
        <dt>{t('orgs.statusLabel')}</dt>
        <dd>{t(`orgs.status.${org.status}`, { defaultValue: org.status })}</dd>
        <dt>{t('orgs.establishedOn')}</dt>
        <dd>{formatLocalDate(org.establishedOn)}</dd>
        {org.endedOn && (
          <>
            <dt>{t('orgs.endedOn')}</dt>
            <dd>{formatLocalDate(org.endedOn)}</dd>
          </>
        )}
        <dt>{t('orgs.originLabel')}</dt>
        <dd>{t(`orgs.origin.${org.origin as 'new'}`, { defaultValue: org.origin })}</dd>
        {org.receivedFrom && (
          <>
            <dt>{t('orgs.receivedFrom')}</dt>
            <dd>{org.receivedFrom}</dd>
          </>
        )}
        {org.handedOverTo && (
          <>
            <dt>{t('orgs.handedOverTo')}</dt>
            <dd>{org.handedOverTo}</dd>
          </>
        )}
      </dl>
      <Guidance org={org} />
      <OrgHistory history={org.history} />
    </>
  );
}

function Guidance({ org }: { org: OrgDetailView }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const shown = org.guidance.filter((g) => g.status !== 'ok');
  return (
    <section>
      <h3>{t('orgs.guidanceTitle')}</h3>
      {shown.length === 0 ? (
        <p className="muted">{t('orgs.guidanceNone')}</p>
      ) : (
        <ul className="guidance">
          {shown.map((g) => (
            <li key={g.code} className={g.status === 'warning' ? 'notice notice-warning' : 'notice notice-info'}>
              <p>{localize(g.message)}</p>
              <p className="small">
                {g.count === null
                  ? t('orgs.guidanceUnknown', { threshold: formatNumber(g.threshold) })
                  : t('orgs.guidanceCount', { count: formatNumber(g.count), threshold: formatNumber(g.threshold) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
