import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { COMMITTEE_KIND_VALUES, fetchCommittees, type CommitteeKind } from '../../api/cadre';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { OrgPicker } from '../../ui/org-picker';
import { TermSelect } from './bits';
import { termOf } from './cadre-model';
import { useCadreLabels } from './use-labels';

/**
 * A consolidation is recorded on a committee: this finds the committee of an organization, kind
 * and term, and opens its consolidation form (or says it has no recorded election yet).
 */
export function ChooseCommitteeDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const labels = useCadreLabels();
  const [orgId, setOrgId] = useState<string | undefined>();
  const [kind, setKind] = useState<CommitteeKind>('executive');
  const [term, setTerm] = useState<string | undefined>(termOf(todayInVietnam()));
  const found = useQuery({
    queryKey: ['cadre', 'committees', 'of', orgId, kind, term],
    queryFn: ({ signal }) => fetchCommittees({ orgId, kind, term, page: 1, pageSize: 500 }, signal),
    enabled: Boolean(orgId && term),
  });
  const committee = found.data?.items.find((c) => c.orgId === orgId);

  return (
    <CommandDrawer title={t('cadre.choose.title')} backTo={`/cadre/consolidations${search}`} width={560}>
      <Form layout="vertical" name="choose">
        <Form.Item label={t('cadre.org')} htmlFor="choose_orgId" required>
          <OrgPicker id="choose_orgId" value={orgId} onChange={setOrgId} />
        </Form.Item>
        <Form.Item label={t('cadre.elect.kind')}>
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as CommitteeKind)} options={COMMITTEE_KIND_VALUES.map((k) => ({ value: k, label: labels.kind(k) }))} />
        </Form.Item>
        <Form.Item label={t('cadre.term')} htmlFor="choose_term" required>
          <TermSelect id="choose_term" value={term} onChange={setTerm} />
        </Form.Item>
      </Form>
      {orgId && term && found.isSuccess && !committee && (
        <Alert
          type="info"
          showIcon
          title={t('cadre.choose.none', { kind: labels.kind(kind), term })}
          description={<Link to="/cadre/committees/new">{t('cadre.committees.new')}</Link>}
        />
      )}
      <Button id="choose-submit" type="primary" disabled={!committee} loading={found.isFetching} onClick={() => committee && navigate(`/cadre/committees/${committee.id}/consolidate`)}>
        {t('cadre.choose.next')}
      </Button>
    </CommandDrawer>
  );
}
