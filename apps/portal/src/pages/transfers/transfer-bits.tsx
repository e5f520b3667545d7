import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchOrg } from '../../api/orgs';
import type { Transfer, TransferKind } from '../../api/transfers';
import { formatLocalDate } from '../../format';
import { deadlineTone, daysBetween, TONE_COLOR } from './transfer-model';
import { useOrgNames } from './use-org-names';

const KIND_COLOR: Record<TransferKind, string> = { internal: 'blue', in: 'green', out: 'volcano', temporary: 'purple' };

export function KindTag({ kind }: { kind: TransferKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLOR[kind]}>{t(`transfers.kind.${kind}`)}</Tag>;
}

export function StatusTag({ status }: { status: Transfer['status'] }) {
  const { t } = useTranslation();
  return <Tag color={status === 'inTransit' ? 'gold' : 'default'}>{t(`transfers.status.${status}`)}</Tag>;
}

/** An organization of the bloc by its name (looked up alone when it is not among today's). */
export function OrgName({ id }: { id: string }) {
  const nameOf = useOrgNames();
  const known = nameOf(id);
  const one = useQuery({ queryKey: ['orgs', 'one', id], queryFn: ({ signal }) => fetchOrg(id, undefined, signal), enabled: nameOf.loaded && !known, staleTime: 5 * 60_000 });
  return <>{known ?? one.data?.name ?? '…'}</>;
}

/** One end of a transfer: an organization of the bloc, or a committee outside it (as the letter names it). */
export function Place({ orgId, committee }: { orgId: string | null; committee: string | null }) {
  const { t } = useTranslation();
  if (orgId) return <OrgName id={orgId} />;
  if (committee)
    return (
      <>
        {committee} <span className="muted small">{t('transfers.lists.outside')}</span>
      </>
    );
  return <span className="muted">—</span>;
}

/** The export's text of one end. */
export function placeText(nameOf: (id: string | null) => string | undefined, orgId: string | null, committee: string | null): string {
  return (orgId ? nameOf(orgId) : committee) ?? '';
}

/** A deadline as a coloured tag: due (days left), due soon, overdue (days late). */
export function DeadlineTag({ status, deadline, asOf }: { status: 'due' | 'overdue'; deadline: string; asOf: string }) {
  const { t } = useTranslation();
  const tone = deadlineTone({ status, deadline }, asOf);
  const days = daysBetween(asOf, deadline);
  const when = days === 0 ? t('transfers.deadline.today') : days > 0 ? t('transfers.deadline.daysLeft', { count: days }) : t('transfers.deadline.daysLate', { count: -days });
  return (
    <Tag color={TONE_COLOR[tone]}>
      {t(`transfers.deadline.${tone}`)} · {formatLocalDate(deadline)} ({when})
    </Tag>
  );
}
