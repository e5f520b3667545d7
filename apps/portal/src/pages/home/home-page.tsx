import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { formatLocalDate, todayInVietnam } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { BoardTodos } from './board-todos';
import { InspectionTodos } from './inspection-todos';
import { ReportHeadline } from './report-headline';
import { Shortcuts } from './shortcuts';
import { StandingTodos } from './standing-todos';
import { SystemSummary } from './system-summary';
import './home.css';

/**
 * The first page after login, made of the parts the user's permissions call for (never role
 * names): the casework waiting for those who do it, the system for its administrator, the
 * year's figures for a reader, the decisions waiting for the Standing Committee, and the pages a
 * reader may open (the menu shows them too, but a reader's home would be empty without them).
 */
export function HomePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  useDocumentTitle(t('home.title'));
  const doesCasework = can(me, 'members:write');
  const administers = can(me, 'system:operate') || can(me, 'users:manage');
  const readsReports = can(me, 'reports:read') && !doesCasework && !administers;
  // the Inspection and Standing Committees: phases overdue, complaints by deadline, surveys left
  const readsInspection = can(me, 'inspection:read');
  // the Standing Committee: decisions waiting for it (rating proposals)
  const decidesRating = can(me, 'rating:approve');

  return (
    <Page
      id="home"
      title={me ? t('home.greeting', { name: me.fullName }) : t('home.title')}
      intro={
        <>
          {t('home.today', { date: formatLocalDate(todayInVietnam()) })}
          {me?.orgScopeId && <> · {t('home.scoped')}</>}
        </>
      }
    >
      {administers && <SystemSummary />}
      {doesCasework && <BoardTodos />}
      {decidesRating && <StandingTodos />}
      {readsInspection && <InspectionTodos />}
      {readsReports && <ReportHeadline />}
      {!doesCasework && !administers && <Shortcuts />}
    </Page>
  );
}
