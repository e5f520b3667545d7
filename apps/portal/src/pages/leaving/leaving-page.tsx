import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { IfAllowed } from '../../auth/guards';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DeathNoticesTable } from './death-notices-table';

/** The leaving commands, each a drawer at its own address (`/leaving/strike-off`…). */
const COMMANDS = [
  { path: 'strike-off', label: 'leaving.commands.strikeOff', danger: true },
  { path: 'leave', label: 'leaving.commands.leave', danger: true },
  { path: 'death', label: 'leaving.commands.death', danger: true },
  { path: 'exemption', label: 'leaving.commands.exemption', danger: false },
] as const;

/**
 * Leaving the Party and exemption: the commands in the header (for those who may write), the
 * death notices still to send below, the most urgent first.
 */
export function LeavingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('leaving.title'));
  const navigate = useNavigate();
  const { search } = useLocation();
  const actions = (
    <IfAllowed permission="members:write">
      <Space wrap>
        {COMMANDS.map((c) => (
          <Button key={c.path} id={`leaving-${c.path}`} danger={c.danger} onClick={() => navigate(`${c.path}${search}`)}>
            {t(c.label)}
          </Button>
        ))}
      </Space>
    </IfAllowed>
  );
  return (
    <Page id="leaving" title={t('leaving.title')} intro={t('leaving.intro')} actions={actions}>
      <DeathNoticesTable />
      <Outlet />
    </Page>
  );
}
