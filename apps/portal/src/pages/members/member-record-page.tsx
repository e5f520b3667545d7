import { Alert, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import type { MemberDetail } from '../../api/members';
import { IfAllowed } from '../../auth/guards';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { formatLocalDate } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { LinkButton } from './link-button';
import { MemberCommandBar } from './member-command-bar';
import { MemberFacts } from './member-facts';
import { MemberStatusTag } from './member-status-tag';
import { MemberTimeline } from './member-timeline';
import { PartyAgeCard } from './party-age-card';
import { RecordBadges } from './record-badges';
import { RecordCards } from './record-cards';
import { RecordCadre } from '../cadre/record-cadre';
import { RecordDossier } from './record-dossier';
import { RecordTraining } from './record-training';
import { RecordTransfers } from './record-transfers';
import { useMember } from './use-member';
import './members.css';

/** `/members/:id`: the whole record of one person, the open tab in the address (`?tab=`). */
export function MemberRecordPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const member = useMember(id);
  useDocumentTitle(member.data ? `${member.data.fullName} — ${t('memberRecord.title')}` : t('memberRecord.title'));
  // the list's filters came along in the link's state, so "back" returns to the same view
  const listSearch = (location.state as { listSearch?: string } | null)?.listSearch ?? '';

  const back = (
    <Link to={`/members${listSearch}`} className="small">
      ← {t('memberRecord.back')}
    </Link>
  );
  if (member.isPending) return <Loading />;
  if (member.isError) {
    const missing = member.error instanceof ApiError && (member.error.status === 404 || member.error.status === 403);
    return (
      <>
        {back}
        {missing ? <Alert type="warning" showIcon role="alert" title={t('memberRecord.notFound')} /> : <ErrorNotice error={member.error} onRetry={() => void member.refetch()} />}
      </>
    );
  }
  return (
    <>
      {back}
      <RecordView member={member.data} />
      <Outlet />
    </>
  );
}

function RecordView({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  // the intro is a paragraph: only inline content in it
  const intro = (
    <>
      <MemberStatusTag status={member.status} /> {t('memberRecord.inOrg', { org: member.orgName })}
    </>
  );
  const tabs = [
    { key: 'timeline', label: t('memberRecord.tabs.timeline'), children: <MemberTimeline entries={member.timeline} /> },
    { key: 'cards', label: t('memberRecord.tabs.cards'), children: <RecordCards member={member} /> },
    { key: 'badges', label: t('memberRecord.tabs.badges'), children: <RecordBadges entries={member.timeline} /> },
    { key: 'transfers', label: t('memberRecord.tabs.transfers'), children: <RecordTransfers personId={member.id} /> },
    ...(can(me, 'training:read') ? [{ key: 'training', label: t('memberRecord.tabs.training'), children: <RecordTraining personId={member.id} /> }] : []),
    ...(can(me, 'cadre:read') ? [{ key: 'cadre', label: t('cadre.record.tab'), children: <RecordCadre personId={member.id} /> }] : []),
    ...(can(me, 'dossier:read') ? [{ key: 'dossier', label: t('memberRecord.tabs.dossier'), children: <RecordDossier personId={member.id} /> }] : []),
  ];
  const requested = params.get('tab');
  const active = tabs.some((tab) => tab.key === requested) ? (requested as string) : 'timeline';
  const search = params.toString() ? `?${params.toString()}` : '';

  return (
    <Page
      id="member-record"
      title={member.fullName}
      intro={intro}
      actions={
        <Space wrap>
          <IfAllowed permission="members:write">
            <LinkButton to={`correct${search}`} id="member-correct">
              {t('memberRecord.actions.correctIdentity')}
            </LinkButton>
          </IfAllowed>
          <IfAllowed permission="dossier:write">
            <LinkButton to="dossier/new?tab=dossier" id="member-dossier-new">
              {t('memberRecord.actions.addDossier')}
            </LinkButton>
          </IfAllowed>
        </Space>
      }
    >
      {member.handedOver && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('memberRecord.handedOver', { date: formatLocalDate(member.handedOver.on), committee: member.handedOver.toCommittee })}
        />
      )}
      <MemberCommandBar member={member} />
      <div className="member-record-head">
        <MemberFacts member={member} />
        <PartyAgeCard member={member} />
      </div>
      <Typography.Title level={2} className="visually-hidden">
        {t('memberRecord.tabs.label')}
      </Typography.Title>
      <Tabs
        tabBarGutter={16}
        activeKey={active}
        onChange={(key) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (key === 'timeline') next.delete('tab');
              else next.set('tab', key);
              return next;
            },
            { replace: true },
          )
        }
        items={tabs}
      />
    </Page>
  );
}
