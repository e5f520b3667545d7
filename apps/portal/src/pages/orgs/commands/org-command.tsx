import { useQuery } from '@tanstack/react-query';
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { fetchOrg, type OrgDecision, type OrgDetailView } from '../../../api/orgs';
import { ErrorNotice, Loading } from '../../../layout/notices';
import { CommandDrawer } from '../../../ui/command-drawer';
import { DateItem } from '../../../ui/date-item';
import { dayBefore } from '../org-tree';

/** What every decision about the tree changes: the tree, its counts, and members it carried. */
export const ORG_DECISION_INVALIDATES = [['orgs'], ['members']];

/** The address the drawer came from: the page without the command (and without the command's own parameters). */
function useBackTo(): string {
  const location = useLocation();
  const path = location.pathname.replace(/\/[^/]+\/?$/, '') || '/orgs';
  const params = new URLSearchParams(location.search);
  params.delete('parent');
  const s = params.toString();
  return `${path}${s ? `?${s}` : ''}`;
}

/** A decision's drawer over the organizations page; closing it goes back where it was opened. */
export function OrgCommandDrawer({ title, width, children }: { title: ReactNode; width?: number; children: ReactNode }) {
  return (
    <CommandDrawer title={title} backTo={useBackTo()} width={width}>
      {children}
    </CommandDrawer>
  );
}

/**
 * Where the page goes after a decision: the organization it is about, on the date viewed — or,
 * when the decision ended it, on the day before, where it is still seen with its end in its history.
 */
export function useAfterDecision() {
  const navigate = useNavigate();
  const location = useLocation();
  return (decision: OrgDecision, { ended = false }: { ended?: boolean } = {}) => {
    const params = new URLSearchParams(location.search);
    params.delete('parent');
    if (ended) params.set('asOf', dayBefore(decision.effectiveOn));
    const s = params.toString();
    navigate(`/orgs/${decision.id}${s ? `?${s}` : ''}`);
  };
}

/** The organization a command at `/orgs/:id/<command>` is about, as it is today (decisions apply to its latest state). */
export function useCommandOrg() {
  const { id = '' } = useParams();
  return useQuery({ queryKey: ['orgs', 'detail', id, 'today'], queryFn: ({ signal }) => fetchOrg(id, undefined, signal), enabled: Boolean(id) });
}

/** The drawer's body once its organization is read: loading, the error, or the form. */
export function WithCommandOrg({ children }: { children: (org: OrgDetailView) => ReactNode }) {
  const org = useCommandOrg();
  if (org.isPending) return <Loading />;
  if (org.isError) return <ErrorNotice error={org.error} onRetry={() => void org.refetch()} />;
  return <>{children(org.data)}</>;
}

/** The date a decision takes effect and its number, as every decision about the tree carries them. */
export function DecisionFields() {
  const { t } = useTranslation();
  return (
    <>
      <DateItem name="effectiveOn" label={t('orgActions.fields.effectiveOn')} required extra={t('orgActions.fields.effectiveOnHelp')} />
      <Form.Item name="decisionNumber" label={t('orgActions.fields.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('orgActions.fields.decisionNumberRequired') }]}>
        <Input maxLength={64} placeholder={t('orgActions.fields.decisionNumberPlaceholder')} autoComplete="off" />
      </Form.Item>
    </>
  );
}

/** The organization's name, as every command that names one asks it. */
export function NameItem({ name = 'name', label }: { name?: string | (string | number)[]; label?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label ?? t('orgActions.fields.name')} rules={[{ required: true, whitespace: true, message: t('orgActions.fields.nameRequired') }]}>
      <Input maxLength={255} placeholder={t('orgActions.fields.namePlaceholder')} autoComplete="off" />
    </Form.Item>
  );
}
