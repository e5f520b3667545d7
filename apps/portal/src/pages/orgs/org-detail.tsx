import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Descriptions, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchOrg, type OrgDetailView } from '../../api/orgs';
import { formatLocalDate, formatNumber } from '../../format';
import { useLocalize, useOrgKindLabel } from '../../i18n/localize';
import { ErrorNotice, Loading } from '../../layout/notices';
import { OrgActions } from './org-actions';
import { OrgHistory } from './org-history';
import { dayBefore } from './org-tree';
import { useOrgsAddress } from './use-orgs-address';

export const detailQuery = (id: string, asOf: string) => ({
  queryKey: ['orgs', 'detail', id, asOf] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchOrg(id, asOf, signal),
});

/** One organization on the date: what it is, where it sits, its members, the guidance checks and its whole history. */
export function OrgDetail({ id, asOf, onLoaded }: { id: string; asOf: string; onLoaded: (org: OrgDetailView | undefined) => void }) {
  const { t } = useTranslation();
  const org = useQuery(detailQuery(id, asOf));
  useEffect(() => onLoaded(org.data), [org.data, onLoaded]);
  return (
    <article aria-labelledby="org-detail-title" className="orgs-detail">
      {org.isPending && <Loading />}
      {org.isError && (
        <>
          <ErrorNotice error={org.error} onRetry={() => void org.refetch()} />
          <p className="orgs-muted">{t('orgs.detail.notOnDateHint')}</p>
        </>
      )}
      {org.data && <OrgDetailBody org={org.data} />}
    </article>
  );
}

function OrgDetailBody({ org }: { org: OrgDetailView }) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const { to } = useOrgsAddress();
  const link = (id: string, name: string, asOf?: string) => <Link to={to(id, undefined, asOf ? { asOf } : {})}>{name}</Link>;
  const ancestors = [...org.ancestors].reverse();
  const ending = org.endedOn ? org.history.at(-1)?.change : undefined;

  const facts = [
    { key: 'kind', label: t('orgs.detail.kind'), children: kindLabel(org.kind) },
    {
      key: 'status',
      label: t('orgs.detail.statusLabel'),
      children: <Tag color={org.status === 'active' ? 'green' : 'red'}>{t(`orgs.status.${org.status}`)}</Tag>,
    },
    { key: 'established', label: t('orgs.detail.establishedOn'), children: formatLocalDate(org.establishedOn) },
    {
      key: 'origin',
      label: t('orgs.detail.origin'),
      children: (
        <>
          {t(`orgs.origin.${org.origin}`)}
          {org.receivedFrom && ` — ${t('orgs.detail.receivedFrom')}: ${org.receivedFrom}`}
        </>
      ),
    },
    ...(org.predecessors.length > 0
      ? [
          {
            key: 'formedFrom',
            label: t('orgs.detail.formedFrom'),
            children: (
              <ul className="orgs-plain-list">
                {org.predecessors.map((p) => (
                  <li key={p.id}>
                    {link(p.id, p.name, dayBefore(p.endedOn))}{' '}
                    <span className="orgs-muted">
                      ({t('orgs.detail.predecessor', { how: t(`orgs.change.${p.how}`), date: formatLocalDate(p.endedOn), decision: p.decisionNumber || '—' })})
                    </span>
                  </li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
    { key: 'members', label: t('orgs.detail.members'), children: <MembersCount org={org} /> },
    ...(org.endedOn
      ? [
          {
            key: 'ended',
            label: t('orgs.detail.endedOn'),
            children: `${formatLocalDate(org.endedOn)}${ending ? ` — ${t(`orgs.change.${ending as 'dissolved'}`, { defaultValue: ending })}` : ''}`,
          },
        ]
      : []),
    ...(org.handedOverTo ? [{ key: 'handedOverTo', label: t('orgs.detail.handedOverTo'), children: org.handedOverTo }] : []),
    ...(org.successors.length > 0
      ? [
          {
            key: 'successors',
            label: org.successors.length > 1 ? t('orgs.detail.splitInto') : t('orgs.detail.mergedInto'),
            children: (
              <ul className="orgs-plain-list">
                {org.successors.map((s) => (
                  <li key={s.id}>{link(s.id, s.name, org.endedOn ?? undefined)}</li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <header className="orgs-detail-header">
        <h2 id="org-detail-title">{org.name}</h2>
        <nav aria-label={t('orgs.detail.ancestors')}>
          <Breadcrumb
            items={
              ancestors.length > 0
                ? [...ancestors.map((a) => ({ key: a.id, title: link(a.id, a.name) })), { key: org.id, title: <span aria-current="page">{org.name}</span> }]
                : [{ key: 'root', title: t('orgs.detail.root') }]
            }
          />
        </nav>
      </header>
      <OrgActions org={org} />
      <Descriptions size="small" column={1} bordered items={facts} className="orgs-facts" />
      <Guidance org={org} />
      <OrgHistory history={org.history} />
    </>
  );
}

function MembersCount({ org }: { org: OrgDetailView }) {
  const { t } = useTranslation();
  return (
    <>
      {t('orgs.detail.membersValue', { total: formatNumber(org.members.total), official: formatNumber(org.members.official) })}
      <br />
      <span className="orgs-muted">{t('orgs.detail.membersNote', { date: formatLocalDate(org.asOf) })}</span>
    </>
  );
}

function Guidance({ org }: { org: OrgDetailView }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const shown = org.guidance.filter((g) => g.status !== 'ok');
  if (org.guidance.length === 0) return null;
  return (
    <section aria-labelledby="org-guidance-title" className="orgs-section">
      <h3 id="org-guidance-title">{t('orgs.guidance.title')}</h3>
      {shown.length === 0 ? (
        <p className="orgs-muted">{t('orgs.guidance.none')}</p>
      ) : (
        shown.map((g) => (
          <Alert
            key={g.code}
            type={g.status === 'warning' ? 'warning' : 'info'}
            showIcon
            className="orgs-guidance"
            title={localize(g.message)}
            description={
              g.count === null
                ? t('orgs.guidance.unknown', { threshold: formatNumber(g.threshold) })
                : t('orgs.guidance.count', { n: formatNumber(g.count), threshold: formatNumber(g.threshold) })
            }
          />
        ))
      )}
    </section>
  );
}
