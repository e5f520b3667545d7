import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { OrgDetailView } from '../../api/orgs';
import { formatLocalDate } from '../../format';
import { IfAllowed } from '../../auth/guards';
import { childKinds } from './org-kinds';
import { useOrgsAddress } from './use-orgs-address';

/**
 * The decisions about one organization, each opening its drawer at its own address
 * (`/orgs/:id/rename`…); shown to those who may take them, and only while it still exists.
 */
export function OrgActions({ org }: { org: OrgDetailView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { to } = useOrgsAddress();
  if (org.endedOn) return <p className="orgs-muted">{t('orgs.detail.endedNote', { date: formatLocalDate(org.endedOn) })}</p>;
  const go = (command: string) => () => navigate(to(org.id, command));
  return (
    <IfAllowed permission="orgs:write">
      <Space wrap aria-label={t('orgs.detail.actions')} role="group" className="orgs-actions">
        <Button id="org-rename" onClick={go('rename')}>
          {t('orgs.detail.rename')}
        </Button>
        <Button id="org-move" onClick={go('move')}>
          {t('orgs.detail.move')}
        </Button>
        {childKinds(org.kind).length > 0 && (
          <Button id="org-establish-child" onClick={() => navigate(to(null, 'new', { parent: org.id }))}>
            {t('orgs.detail.establishChild')}
          </Button>
        )}
        <Button id="org-split" onClick={go('split')}>
          {t('orgs.detail.split')}
        </Button>
        <Button id="org-dissolve" danger onClick={go('dissolve')}>
          {t('orgs.detail.dissolve')}
        </Button>
        <Button id="org-hand-over" danger onClick={go('hand-over')}>
          {t('orgs.detail.handOver')}
        </Button>
      </Space>
    </IfAllowed>
  );
}
